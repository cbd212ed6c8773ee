using APPlatform.ProviderDirectory.Model;
using APPlatform.ServiceDefaults.Apis;
using APPlatform.ServiceDefaults.Authentication;

namespace APPlatform.ProviderDirectory.Search;

public enum GcseOffer
{
    EnglishAndMaths,
    FiveOrMore,
}

/// <summary>
/// What the completed, unexpired audits of a provider that the caller may rely on found: suitable (at least one found
/// it suitable), not_suitable (there are some, none found it suitable), none (there are none).
/// </summary>
public enum AuditOutcomeFilter
{
    Suitable,
    NotSuitable,
    None,
}

public enum SearchSort
{
    Name,
    Distance,
    Ofsted,
    PlacesAvailable,
    Updated,
}

/// <summary>A search checked and typed: every value known, every combination allowed for the caller.</summary>
public sealed record ProviderFilter(
    string? Text,
    IReadOnlyList<KeyStage> KeyStages,
    RegistrationStatus? Registration,
    IReadOnlyList<string> OfstedOutcomes,
    IReadOnlyList<GcseOffer> Gcses,
    IReadOnlyList<NeedCategory> Needs,
    string? Area,
    (double Latitude, double Longitude)? Near,
    double WithinKm,
    bool PlacesAvailable,
    Guid? LocalAuthority,
    AuditOutcomeFilter? AuditOutcome,
    IReadOnlyList<ListingStatus> Statuses,
    SearchSort Sort,
    int Page,
    int PageSize)
{
    public const int MaxPageSize = 100;
    public const double DefaultWithinKm = 25;

    /// <summary>Every outcome an inspection can have (see <see cref="OfstedInspection.Outcome"/>), plus "none".</summary>
    public static readonly IReadOnlyList<string> KnownOfstedOutcomes =
    [
        .. Enum.GetValues<OfstedGrade>().Select(g => EnumNames.Name(g)),
        .. Enum.GetValues<ReportCardGrade>().Select(g => EnumNames.Name(g)),
        "standards_met", "standards_not_met", "none",
    ];

    private static readonly ListingStatus[] publicStatuses = [ListingStatus.Listed, ListingStatus.Suspended];

    /// <summary>Reads a query, or says what is wrong with it, field by field.</summary>
    public static (ProviderFilter? Filter, Dictionary<string, string[]> Errors) Parse(SearchQuery query, Caller caller)
    {
        var errors = new Dictionary<string, string[]>();

        IReadOnlyList<T> Enums<T>(string field, string[]? values) where T : struct, Enum
        {
            var parsed = new List<T>();
            foreach (var value in Split(values))
            {
                if (EnumNames.TryParse<T>(value, out var item))
                {
                    parsed.Add(item);
                }
                else
                {
                    errors[field] = [EnumNames.NotOneOf<T>(value)];
                }
            }

            return parsed;
        }

        T? One<T>(string field, string? value) where T : struct, Enum =>
            value is null ? null : Enums<T>(field, [value]).Cast<T?>().FirstOrDefault();

        var ofsted = Split(query.Ofsted).Select(v => v.ToLowerInvariant()).ToList();
        if (ofsted.FirstOrDefault(v => !KnownOfstedOutcomes.Contains(v)) is { } unknownOutcome)
        {
            errors["ofsted"] = [$"'{unknownOutcome}' is not one of: {string.Join(", ", KnownOfstedOutcomes)}."];
        }

        (double, double)? near = null;
        if (query.Near is { } text)
        {
            var parts = text.Split(',');
            if (parts.Length == 2 && double.TryParse(parts[0], System.Globalization.CultureInfo.InvariantCulture, out var lat) &&
                double.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var lng) && lat is >= -90 and <= 90 && lng is >= -180 and <= 180)
            {
                near = (lat, lng);
            }
            else
            {
                errors["near"] = ["Give near as latitude,longitude, e.g. 53.14,-1.55."];
            }
        }

        if (query.WithinKm is <= 0 or > 500)
        {
            errors["withinKm"] = ["withinKm is between 0 and 500."];
        }

        var statuses = Enums<ListingStatus>("status", query.Status);
        if (statuses.Except(publicStatuses).Any() && !caller.Is(OrganisationType.LocalAuthority, OrganisationType.PlatformAdmin))
        {
            errors["status"] = ["Only a local authority or platform admin searches drafts, submitted and removed providers."];
        }

        var sort = One<SearchSort>("sort", query.Sort) ?? (near is null ? SearchSort.Name : SearchSort.Distance);
        if (sort == SearchSort.Distance && near is null)
        {
            errors["sort"] = ["Sorting by distance needs near=latitude,longitude."];
        }

        if (query.Page < 1)
        {
            errors["page"] = ["Pages start at 1."];
        }

        if (query.PageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"pageSize is between 1 and {MaxPageSize}."];
        }

        var filter = new ProviderFilter(
            string.IsNullOrWhiteSpace(query.Q) ? null : query.Q.Trim(),
            Enums<KeyStage>("keyStage", query.KeyStage),
            One<RegistrationStatus>("registration", query.Registration),
            ofsted,
            Enums<GcseOffer>("gcse", query.Gcse),
            Enums<NeedCategory>("need", query.Need),
            string.IsNullOrWhiteSpace(query.Area) ? null : query.Area.Trim(),
            near,
            query.WithinKm ?? DefaultWithinKm,
            query.PlacesAvailable == true,
            query.LocalAuthority,
            One<AuditOutcomeFilter>("auditOutcome", query.AuditOutcome),
            statuses.Count > 0 ? statuses : [ListingStatus.Listed],
            sort,
            query.Page,
            query.PageSize);
        return errors.Count > 0 ? (null, errors) : (filter, errors);
    }

    private static IEnumerable<string> Split(string[]? values) =>
        (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
