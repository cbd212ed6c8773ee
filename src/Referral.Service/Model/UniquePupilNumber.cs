namespace APPlatform.Referrals.Model;

/// <summary>
/// The DfE's unique pupil number: a check letter, then twelve characters (the LA, the establishment, the year and a
/// serial; a temporary UPN ends in a letter). The check letter is fixed by the rest, so a mistyped UPN is caught here
/// rather than becoming a second pupil.
/// </summary>
public static class UniquePupilNumber
{
    public const string Pattern = "^[A-Z][0-9]{11}[0-9A-Z]$";

    /// <summary>The 23 letters a check letter may be, in the order of their value (I, O and S are never used).</summary>
    private const string Letters = "ABCDEFGHJKLMNPQRTUVWXYZ";

    /// <summary>
    /// Characters 2 to 13 weighted by their position (2 to 13), summed, modulo 23, as a letter. A letter in 13th place
    /// counts as its value in the same alphabet. Null when the rest is not a UPN's.
    /// </summary>
    public static char? CheckLetterFor(string upn)
    {
        if (upn.Length != 13)
        {
            return null;
        }

        var sum = 0;
        for (var position = 2; position <= 13; position++)
        {
            var character = upn[position - 1];
            var value = char.IsAsciiDigit(character) ? character - '0' : position == 13 ? Letters.IndexOf(character) : -1;
            if (value < 0)
            {
                return null;
            }

            sum += value * position;
        }

        return Letters[sum % 23];
    }

    public static bool HasValidCheckLetter(string upn) => CheckLetterFor(upn) is { } letter && letter == upn[0];
}
