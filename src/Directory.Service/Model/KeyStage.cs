using System.Text.Json.Serialization;

namespace APPlatform.ProviderDirectory.Model;

/// <summary>The National Curriculum stages a provider teaches (domain notes §1.9).</summary>
public enum KeyStage
{
    [JsonStringEnumMemberName("EYFS")] EarlyYears,
    [JsonStringEnumMemberName("KS1")] KS1,
    [JsonStringEnumMemberName("KS2")] KS2,
    [JsonStringEnumMemberName("KS3")] KS3,
    [JsonStringEnumMemberName("KS4")] KS4,
    [JsonStringEnumMemberName("16-19")] Post16,
}
