using System.Globalization;
using APPlatform.TestSupport.ReferralForms;

namespace APPlatform.EndToEnd.Tests;

/// <summary>
/// A pupil whose name, UPN and date of birth occur nowhere else, so that finding any of them in a log line, a message
/// or a telemetry record means the platform put it there.
/// </summary>
public sealed record PupilCanary(string FirstName, string LastName, string Upn, DateOnly DateOfBirth)
{
    public static PupilCanary New()
    {
        // Letters only, so no name rule refuses them; twelve random letters make a clash with other text negligible.
        static string Letters() => new(Enumerable.Range(0, 12).Select(_ => (char)('a' + Random.Shared.Next(26))).ToArray());
        // A year-10 pupil's birthday, never the other tests' pupil's.
        var birthday = ReferralBodies.YearTenBornFrom.AddDays(Random.Shared.Next(365));
        return new("Canary" + Letters(), "Canary" + Letters(), ReferralBodies.NewUpn(),
            birthday == ReferralBodies.YearTenBirthday ? birthday.AddDays(1) : birthday);
    }

    /// <summary>Each identifying string with what it is: the date of birth in ISO form and in the UK's dd/MM/yyyy.</summary>
    public IReadOnlyDictionary<string, string> Strings => new Dictionary<string, string>
    {
        ["first name"] = FirstName,
        ["last name"] = LastName,
        ["UPN"] = Upn,
        ["date of birth"] = DateOfBirth.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["date of birth (UK)"] = DateOfBirth.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
    };

    public object Pupil(string carerEmail) =>
        ReferralBodies.Pupil(Upn, carerEmail: carerEmail, firstName: FirstName, lastName: LastName, dateOfBirth: DateOfBirth);

    /// <summary>What of the pupil <paramref name="text"/> holds, each as "what, where: the text around it".</summary>
    public IEnumerable<string> FoundIn(string where, string text) =>
        Strings.Where(s => text.Contains(s.Value, StringComparison.OrdinalIgnoreCase))
            .Select(s => $"{s.Key} in {where}: ...{Around(text, s.Value)}...");

    private static string Around(string text, string value)
    {
        var at = text.IndexOf(value, StringComparison.OrdinalIgnoreCase);
        var from = Math.Max(0, at - 80);
        return text[from..Math.Min(text.Length, at + value.Length + 80)].ReplaceLineEndings(" ");
    }
}
