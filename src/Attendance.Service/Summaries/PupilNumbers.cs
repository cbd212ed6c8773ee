using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace APPlatform.Attendance.Summaries;

/// <summary>
/// The pupils' UPNs, which the register export needs and Attendance.Service does not keep (events carry an opaque
/// pupil id only): asked of Referral.Service with the caller's own token, so it answers only for the caller's pupils.
/// </summary>
public sealed class PupilNumbers(HttpClient http)
{
    private sealed record Lookup(List<Guid> PupilIds);

    private sealed record PupilNumber(Guid Id, string Upn);

    public async Task<IReadOnlyDictionary<Guid, string>> ForAsync(IReadOnlyCollection<Guid> pupilIds, string? authorization, CancellationToken cancellationToken)
    {
        if (pupilIds.Count == 0)
        {
            return new Dictionary<Guid, string>();
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, "http://referral/api/referrals/pupils/lookup") { Content = JsonContent.Create(new Lookup(pupilIds.ToList())) };
        if (authorization is not null)
        {
            request.Headers.Authorization = AuthenticationHeaderValue.Parse(authorization);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
        var numbers = await response.Content.ReadFromJsonAsync<List<PupilNumber>>(cancellationToken) ?? [];
        return numbers.ToDictionary(p => p.Id, p => p.Upn);
    }
}
