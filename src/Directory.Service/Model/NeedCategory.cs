using System.Text.Json.Serialization;

namespace APPlatform.ProviderDirectory.Model;

/// <summary>Needs a provider caters for, in the school census's SEN primary-need codes.</summary>
public enum NeedCategory
{
    [JsonStringEnumMemberName("SPLD")] SpecificLearningDifficulty,
    [JsonStringEnumMemberName("MLD")] ModerateLearningDifficulty,
    [JsonStringEnumMemberName("SLD")] SevereLearningDifficulty,
    [JsonStringEnumMemberName("PMLD")] ProfoundAndMultipleLearningDifficulty,
    [JsonStringEnumMemberName("SEMH")] SocialEmotionalAndMentalHealth,
    [JsonStringEnumMemberName("SLCN")] SpeechLanguageAndCommunication,
    [JsonStringEnumMemberName("HI")] HearingImpairment,
    [JsonStringEnumMemberName("VI")] VisionImpairment,
    [JsonStringEnumMemberName("MSI")] MultiSensoryImpairment,
    [JsonStringEnumMemberName("PD")] PhysicalDisability,
    [JsonStringEnumMemberName("ASD")] AutisticSpectrumDisorder,
    [JsonStringEnumMemberName("OTH")] Other,
}
