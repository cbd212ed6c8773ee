namespace APPlatform.ProviderDirectory.Model.Gias;

/// <summary>
/// The GIAS establishment types that may take pupils in alternative provision, by the name GIAS's extract gives them
/// (its "TypeOfEstablishment (name)" column, with the type codes in brackets).
/// </summary>
public static class GiasEstablishmentTypes
{
    // Arranging AP (DfE, 2025) and domain notes §2: AP is a PRU, an AP academy or free school, an independent school or an FE college.
    private static readonly Dictionary<string, EstablishmentType> apTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Pupil referral unit"] = EstablishmentType.PupilReferralUnit, // 14
        ["Academy alternative provision converter"] = EstablishmentType.AlternativeProvisionAcademyConverter, // 42
        ["Academy alternative provision sponsor led"] = EstablishmentType.AlternativeProvisionAcademySponsorLed, // 43
        ["Free schools alternative provision"] = EstablishmentType.AlternativeProvisionFreeSchool, // 38
        ["Other independent school"] = EstablishmentType.OtherIndependentSchool, // 11
        ["Other independent special school"] = EstablishmentType.OtherIndependentSpecialSchool, // 10
        ["Further education"] = EstablishmentType.FurtherEducation, // 18
    };

    /// <summary>The AP type GIAS's type name stands for; null for any other type (a community school, a nursery...).</summary>
    public static EstablishmentType? MayTakePupilsInAp(string typeName) =>
        apTypes.TryGetValue(typeName.Trim(), out var type) ? type : null;
}
