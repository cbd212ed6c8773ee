using System.Text.Json.Serialization;

namespace APPlatform.ProviderDirectory.Model;

/// <summary>
/// A National Curriculum stage a provider teaches (domain notes §1.9): EYFS (early years, to age 5), KS1 (years 1–2),
/// KS2 (years 3–6), KS3 (years 7–9), KS4 (years 10–11), 16-19 (post-16).
/// </summary>
public enum KeyStage
{
    [JsonStringEnumMemberName("EYFS")] EarlyYears,
    [JsonStringEnumMemberName("KS1")] KS1,
    [JsonStringEnumMemberName("KS2")] KS2,
    [JsonStringEnumMemberName("KS3")] KS3,
    [JsonStringEnumMemberName("KS4")] KS4,
    [JsonStringEnumMemberName("16-19")] Post16,
}
