namespace APPlatform.ProviderDirectory.Model.Gias;

/// <summary>
/// What GIAS shows that does not match a provider's registration: no_urn (registered, but no URN to check),
/// urn_not_on_gias, not_open (closed, proposed to close or not yet open), not_an_ap_type (a type that may not take
/// pupils in AP), ukprn_differs (GIAS gives the URN another UKPRN).
/// </summary>
public enum GiasMismatch
{
    NoUrn,
    UrnNotOnGias,
    NotOpen,
    NotAnApType,
    UkprnDiffers,
}

/// <summary>What the GIAS check found for one provider, and the establishment type to record when it matches.</summary>
public sealed record GiasVerdict(IReadOnlyList<GiasMismatch> Mismatches, EstablishmentType? EstablishmentType)
{
    public bool Matches => Mismatches.Count == 0;
}

/// <summary>
/// Whether a registered provider is what GIAS says: its URN is there, open, as a type that may take pupils in AP,
/// with the same UKPRN. Names and postcodes are not compared: a trading name or a second site is no mismatch.
/// </summary>
public static class GiasVerification
{
    /// <summary>GIAS's status of an establishment that is open and not proposed to close.</summary>
    public const string OpenStatus = "Open";

    public static GiasVerdict Verify(Registration registration, GiasEstablishment? establishment)
    {
        // Trust policy App. 1: registration is "per GIAS"; a registered provider is checked there by its URN.
        if (string.IsNullOrWhiteSpace(registration.Urn))
        {
            return new([GiasMismatch.NoUrn], null);
        }

        if (establishment is null)
        {
            return new([GiasMismatch.UrnNotOnGias], null);
        }

        var mismatches = new List<GiasMismatch>();
        if (!IsOpen(establishment))
        {
            mismatches.Add(GiasMismatch.NotOpen);
        }

        var type = GiasEstablishmentTypes.MayTakePupilsInAp(establishment.TypeName);
        if (type is null)
        {
            mismatches.Add(GiasMismatch.NotAnApType);
        }

        if (!UkprnAgrees(registration.Ukprn, establishment.Ukprn))
        {
            mismatches.Add(GiasMismatch.UkprnDiffers);
        }

        return new(mismatches, mismatches.Count == 0 ? type : null);
    }

    /// <summary>
    /// Only "Open" is open: a school proposed to close (or not yet open) is one an LA should know about before placing
    /// a pupil there (GIAS EstablishmentStatus: Open; Open, but proposed to close; Closed; Proposed to open).
    /// </summary>
    public static bool IsOpen(GiasEstablishment establishment) =>
        string.Equals(establishment.StatusName.Trim(), OpenStatus, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// UKRLP: one UKPRN per organisation, so two different ones mean two organisations; either side missing one is no
    /// mismatch (GIAS leaves it blank for many schools).
    /// </summary>
    public static bool UkprnAgrees(string? recorded, string? onGias) =>
        string.IsNullOrWhiteSpace(recorded) || string.IsNullOrWhiteSpace(onGias) || recorded.Trim() == onGias.Trim();

    /// <summary>What GIAS shows, in a sentence for the LA's directory team (the finding's summary).</summary>
    public static string Describe(GiasVerdict verdict, Registration registration, GiasEstablishment? establishment, DateOnly checkedOn)
    {
        var shown = verdict.Mismatches.Select(mismatch => mismatch switch
        {
            GiasMismatch.NoUrn => "the provider is recorded as registered but has no URN to check",
            GiasMismatch.UrnNotOnGias => $"URN {registration.Urn} is not on GIAS",
            GiasMismatch.NotOpen => $"its status is \"{establishment!.StatusName}\"",
            GiasMismatch.NotAnApType => $"its type is \"{establishment!.TypeName}\", which may not take pupils in alternative provision",
            GiasMismatch.UkprnDiffers => $"its UKPRN is {establishment!.Ukprn}, not {registration.Ukprn} as recorded",
            _ => throw new ArgumentOutOfRangeException(nameof(verdict), mismatch, null),
        });
        var listed = establishment is null ? "" : $"GIAS lists URN {establishment.Urn} as {establishment.Name}, but ";
        return $"GIAS registration check on {checkedOn:d MMMM yyyy}: {listed}{string.Join("; ", shown)}.";
    }
}
