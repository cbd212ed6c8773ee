namespace APPlatform.TestSupport.Bola;

/// <summary>
/// The records one organisation holds (or is party to) in a service, by the route parameter that names each:
/// "referrals/{id}" is the id that fills {id} after "referrals", "audits/{auditId}" fills {auditId} after "audits".
/// A record that a route deletes is named apart, "DELETE subscriptions/{id}", so the other routes keep theirs.
/// <see cref="Secrets"/> are what must never appear in an answer to another organisation: the pupil's name, UPN and so on.
/// </summary>
public sealed class BolaRecords : Dictionary<string, string>
{
    public List<string> Secrets { get; } = [];

    public string Fill(string method, string template)
    {
        var segments = template.Split('/');
        return string.Join('/', segments.Select((segment, i) =>
        {
            if (!segment.StartsWith('{'))
            {
                return segment;
            }

            var key = $"{segments[..i].Last(s => !s.StartsWith('{'))}/{segment}";
            return TryGetValue($"{method} {key}", out var value) || TryGetValue(key, out value)
                ? Uri.EscapeDataString(value)
                : throw new InvalidOperationException($"No record fills {key} in {template}.");
        }));
    }
}
