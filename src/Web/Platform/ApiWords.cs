namespace APPlatform.Web.Platform;

/// <summary>How values the services write read in a page.</summary>
public static class ApiWords
{
    /// <summary>A value as the services write it, as a sentence starts: "not_suitable" reads "Not suitable".</summary>
    public static string Sentence(string value) => value.Length == 0 ? value : char.ToUpperInvariant(value[0]) + value[1..].Replace('_', ' ');
}
