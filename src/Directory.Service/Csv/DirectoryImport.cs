using System.Text.Json;
using APPlatform.ProviderDirectory.Apis;
using APPlatform.ProviderDirectory.Apis.Requests;
using APPlatform.ProviderDirectory.Infrastructure;
using APPlatform.ProviderDirectory.Model;
using APPlatform.ServiceDefaults.Authentication;
using APPlatform.ServiceDefaults.Csv;
using APPlatform.ServiceDefaults.Errors;
using APPlatform.ServiceDefaults.Messaging.Outbox;
using Microsoft.EntityFrameworkCore;
using Columns = APPlatform.ProviderDirectory.Csv.DirectoryCsvColumns;

namespace APPlatform.ProviderDirectory.Csv;

/// <summary>
/// What the import did with a row: created (a new listed provider), updated (a provider this local authority keeps),
/// listed (already kept by another local authority: put on this one's directory, its record left as it is), rejected
/// (not imported; the row's errors say why).
/// </summary>
public enum ImportOutcome
{
    Created,
    Updated,

    /// <summary>Already kept by another local authority: put on this one's directory, its record left as it is.</summary>
    Listed,
    Rejected,
}

/// <summary>What the import did with one row of the CSV.</summary>
/// <param name="Row">The row's number in the CSV file.</param>
/// <param name="Name">The provider's name from the row (the record's name once imported).</param>
/// <param name="Outcome">Created, updated, listed or rejected.</param>
/// <param name="ProviderId">The provider the row created, updated or listed; null when rejected.</param>
/// <param name="Errors">For a rejected row, each column's problems keyed by column name; empty otherwise.</param>
public sealed record ImportedRow(int Row, string? Name, ImportOutcome Outcome, Guid? ProviderId, IReadOnlyDictionary<string, string[]> Errors);

/// <summary>What a directory CSV import did: the counts, then each row.</summary>
/// <param name="Created">How many rows created a new provider.</param>
/// <param name="Updated">How many rows updated a provider this local authority keeps.</param>
/// <param name="Listed">How many rows put another local authority's provider on this one's directory.</param>
/// <param name="Rejected">How many rows were not imported because of errors.</param>
/// <param name="IgnoredColumns">The header's columns the import does not know, and so ignored.</param>
/// <param name="Rows">Each row's outcome, in file order.</param>
public sealed record ImportReport(int Created, int Updated, int Listed, int Rejected, IReadOnlyList<string> IgnoredColumns, IReadOnlyList<ImportedRow> Rows);

/// <summary>
/// Loads a directory from the CSV an LA keeps: each row becomes (or updates) a listed provider on the importing local
/// authority's directory, matched by name and postcode, and is validated exactly as the API validates the same fields.
/// Rows with errors are rejected, each with every reason; the rest are imported together in one transaction.
/// </summary>
public sealed class DirectoryImport(DirectoryDbContext db, ProviderUpdates updates, TimeProvider clock)
{
    public async Task<ImportReport> ImportAsync(string csv, Caller caller, Guid localAuthorityId, CancellationToken cancellationToken)
    {
        var (header, rows) = CsvTable.Read(csv);
        if (Columns.Required.Except(header).ToList() is { Count: > 0 } missing)
        {
            throw new RuleViolationException(
                $"The CSV's first row must name its columns; missing: {string.Join(", ", missing)}. Known columns: {string.Join(", ", Columns.All)}.");
        }

        // Only records the importer may see are matched: a row never reveals (or returns the id of) anyone else's draft.
        var existing = (await db.Providers.Where(p => p.Status != ListingStatus.Removed).ToListAsync(cancellationToken))
            .Where(caller.MaySee).ToList();
        var seen = new Dictionary<string, int>();
        var report = new List<ImportedRow>();
        var now = clock.GetUtcNow();
        foreach (var row in rows)
        {
            var (request, inspection, errors) = ReadRow(row, clock);
            var key = $"{row[Columns.Name]?.ToUpperInvariant()}|{Postcode(row[Columns.Postcode])}";
            if (errors.Count == 0 && seen.TryGetValue(key, out var firstRow))
            {
                errors[Columns.Name] = [$"The same provider (name and postcode) is already on row {firstRow}."];
            }

            if (errors.Count > 0)
            {
                report.Add(new ImportedRow(row.Number, row[Columns.Name], ImportOutcome.Rejected, null, errors));
                continue;
            }

            seen[key] = row.Number;
            var match = existing.FirstOrDefault(p => SameProvider(p, row));
            var outcome = match is null ? ImportOutcome.Created : caller.Manages(match) ? ImportOutcome.Updated : ImportOutcome.Listed;
            var provider = match ?? Provider.Create(Guid.CreateVersion7(now), request!.Name, ListingStatus.Listed, caller, localAuthorityId, now);
            if (match is null)
            {
                db.Providers.Add(provider);
                existing.Add(provider);
            }

            provider.ListIn(localAuthorityId, caller.OrganisationId, now);
            if (outcome != ImportOutcome.Listed)
            {
                request!.Details!.ApplyTo(provider);
                new SitesUpdate(request.Sites!).ApplyTo(provider);
                request.Profile!.ApplyTo(provider);
                provider.Registration = request.Registration!.ToModel();
                if (inspection is not null && provider.Inspections.All(i => i.InspectedOn != inspection.InspectedOn))
                {
                    provider.AddInspection(inspection.ToModel());
                }

                await updates.RecordUpdateAsync(provider, cancellationToken);
            }

            if (match is null && ProviderEvents.ForStatus(provider, now) is { } listed)
            {
                db.AddIntegrationEvent(listed);
            }

            report.Add(new ImportedRow(row.Number, provider.Name, outcome, provider.Id, new Dictionary<string, string[]>()));
        }

        await db.SaveChangesAsync(cancellationToken);
        return new ImportReport(
            report.Count(r => r.Outcome == ImportOutcome.Created), report.Count(r => r.Outcome == ImportOutcome.Updated),
            report.Count(r => r.Outcome == ImportOutcome.Listed), report.Count(r => r.Outcome == ImportOutcome.Rejected),
            header.Except(Columns.All).ToList(), report);
    }

    /// <summary>A row as the API's requests, or every column's problems: cells that do not parse, and the API's own rules.</summary>
    internal static (CreateProviderRequest? Request, InspectionInput? Inspection, Dictionary<string, string[]> Errors) ReadRow(CsvTable.Row row, TimeProvider clock)
    {
        var cells = new CsvRowReader(row);
        var grade = cells.Enum<OfstedGrade>(Columns.OfstedGrade);
        var status = cells.Enum<RegistrationStatus>(Columns.Registration) ?? (cells.Text(Columns.Urn) is null ? RegistrationStatus.Unregistered : RegistrationStatus.Registered);
        var request = new CreateProviderRequest(
            cells.Text(Columns.Name) ?? "",
            ListingStatus.Listed,
            null,
            new DetailsUpdate(cells.Text(Columns.Name) ?? "", null, null, null, cells.Text(Columns.Email), cells.Text(Columns.Phone), cells.Text(Columns.Website),
                Person(cells.Text(Columns.Manager)), Person(cells.Text(Columns.SafeguardingLead)), null),
            [new SiteInput(null, null, cells.Text(Columns.AddressLine1) ?? "", cells.Text(Columns.AddressLine2), cells.Text(Columns.Town) ?? "",
                cells.Text(Columns.County), cells.Text(Columns.Postcode) ?? "", cells.Text(Columns.Area), cells.Flag(Columns.OutOfCounty), cells.Decimal(Columns.Latitude), cells.Decimal(Columns.Longitude))],
            new RegistrationUpdate(status, cells.Text(Columns.Urn), cells.Text(Columns.DfeNumber), cells.Text(Columns.Ukprn), null, null),
            new ProfileUpdate(cells.Number(Columns.Places), cells.Number(Columns.PlacesAvailable), cells.List<KeyStage>(Columns.KeyStages), null, null, null,
                cells.Enum<YesNoNotApplicable>(Columns.GcseEnglishAndMaths), cells.Enum<YesNoNotApplicable>(Columns.FiveOrMoreGcses),
                cells.Enum<YesNoNotApplicable>(Columns.ExamCentre), cells.Text(Columns.ExamCentreNumber), cells.Text(Columns.Offer), cells.List<NeedCategory>(Columns.Needs),
                cells.Text(Columns.DaysAndHours), null, (decimal?)cells.Decimal(Columns.CostPerDay), null));
        var inspection = grade is null && cells.Date(Columns.OfstedDate) is null
            ? null
            : new InspectionInput(cells.Date(Columns.OfstedDate), InspectionFramework.EducationInspectionFramework2019, grade, null,
                cells.Text(Columns.OfstedSafeguarding)?.ToLowerInvariant() switch { "effective" => true, "not effective" or "not_effective" => false, _ => null },
                null, null, null, null);

        Validate(request, row, cells, clock);
        Validate(request.Details!, row, cells, clock);
        Validate(request.Sites![0], row, cells, clock);
        Validate(request.Registration!, row, cells, clock);
        Validate(request.Profile!, row, cells, clock);
        if (inspection is not null)
        {
            Validate(inspection, row, cells, clock);
        }

        var errors = cells.Errors.ToDictionary(e => e.Key, e => e.Value.Distinct().ToArray());
        return errors.Count > 0 ? (null, null, errors) : (request, inspection, errors);
    }

    /// <summary>The API's own validation (attributes and cross-field rules), reported against the CSV's column names.</summary>
    private static void Validate(object part, CsvTable.Row row, CsvRowReader cells, TimeProvider clock)
    {
        foreach (var result in ValidationClock.Validate(part, clock))
        {
            var members = result.MemberNames.DefaultIfEmpty("row");
            foreach (var member in members)
            {
                var column = JsonNamingPolicy.SnakeCaseLower.ConvertName(member);
                cells.Fail(Columns.All.Contains(column) ? column : ColumnFor(member), result.ErrorMessage ?? "Not valid.");
            }
        }
    }

    private static string ColumnFor(string member) => member switch
    {
        nameof(SiteInput.AddressLine1) => Columns.AddressLine1,
        nameof(SiteInput.AddressLine2) => Columns.AddressLine2,
        nameof(InspectionInput.InspectedOn) => Columns.OfstedDate,
        nameof(InspectionInput.OverallEffectiveness) => Columns.OfstedGrade,
        nameof(InspectionInput.SafeguardingEffective) => Columns.OfstedSafeguarding,
        nameof(RegistrationUpdate.Status) => Columns.Registration,
        nameof(ProfileUpdate.GcseEnglishAndMaths) => Columns.GcseEnglishAndMaths,
        nameof(ProfileUpdate.FiveOrMoreGcses) => Columns.FiveOrMoreGcses,
        _ => JsonNamingPolicy.SnakeCaseLower.ConvertName(member),
    };

    /// <summary>The same name and postcode; a record with no address yet matches on its name.</summary>
    private static bool SameProvider(Provider provider, CsvTable.Row row) =>
        string.Equals(provider.Name, row[Columns.Name], StringComparison.OrdinalIgnoreCase) &&
        (provider.Sites.Count == 0 || provider.Sites.Any(site => Postcode(site.Postcode) == Postcode(row[Columns.Postcode])));

    private static string Postcode(string? postcode) => (postcode ?? "").Replace(" ", "").ToUpperInvariant();

    private static ContactPersonInput? Person(string? name) => name is null ? null : new ContactPersonInput(name, null, null, null);
}
