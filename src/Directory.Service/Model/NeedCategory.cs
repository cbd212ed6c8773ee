using System.Text.Json.Serialization;

namespace APPlatform.ProviderDirectory.Model;

/// <summary>
/// A need a provider caters for, as the school census's SEN primary-need code: SPLD (specific learning difficulty), MLD
/// (moderate learning difficulty), SLD (severe learning difficulty), PMLD (profound and multiple learning difficulty),
/// SEMH (social, emotional and mental health), SLCN (speech, language and communication), HI (hearing impairment), VI
/// (vision impairment), MSI (multi-sensory impairment), PD (physical disability), ASD (autistic spectrum disorder), OTH
/// (other).
/// </summary>
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
