using APPlatform.Contracts.Providers;
using APPlatform.ProviderDirectory.Infrastructure;
using APPlatform.ProviderDirectory.Model;
using APPlatform.ProviderDirectory.Model.Concerns;
using APPlatform.ProviderDirectory.Model.Gias;
using APPlatform.ServiceDefaults.Apis;
using APPlatform.ServiceDefaults.Messaging.Outbox;
using APPlatform.ServiceDefaults.Persistence;
using APPlatform.ServiceDefaults.Time;
using Microsoft.EntityFrameworkCore;

namespace APPlatform.ProviderDirectory.Gias;

/// <summary>A registered provider whose record does not match GIAS.</summary>
/// <param name="ProviderId">The provider.</param>
/// <param name="ProviderName">Its name in the directory.</param>
/// <param name="Urn">The URN its record gives, if any.</param>
/// <param name="Mismatches">What does not match.</param>
/// <param name="ConcernId">
/// The registration concern its local authority has for it (raised now, or still open from before); none when no local
/// authority keeps the record.
/// </param>
/// <param name="Raised">Whether this check raised the concern (and told the provider); false when one was already open.</param>
public sealed record GiasFinding(
    Guid ProviderId, string ProviderName, string? Urn, IReadOnlyList<GiasMismatch> Mismatches, Guid? ConcernId, bool Raised);

/// <summary>What a GIAS check did.</summary>
/// <param name="CheckedOn">The day of the check (ISO date, in England).</param>
/// <param name="Establishments">Establishments in the extract.</param>
/// <param name="Checked">Registered providers checked.</param>
/// <param name="Matched">Of those, the ones GIAS confirms, whose establishment type is now GIAS's.</param>
/// <param name="FindingsRaised">Findings raised as new registration concerns.</param>
/// <param name="Findings">Every provider that does not match, with its finding.</param>
public sealed record GiasCheckSummary(
    DateOnly CheckedOn, int Establishments, int Checked, int Matched, int FindingsRaised, IReadOnlyList<GiasFinding> Findings);

/// <summary>
/// Checks registered providers against a GIAS extract (<see cref="GiasVerification"/>). A match records GIAS's
/// establishment type and the day; a mismatch becomes a registration concern for the local authority that keeps the
/// record, and the provider is told, once: while that concern is open (or acknowledged) a later check does not raise
/// it again. All of a check commits together, and checks take turns.
/// </summary>
public sealed class GiasRegistrationCheck(DirectoryDbContext db, TimeProvider clock)
{
    private const long CheckLock = 0x4150_4769_6173_436b; // "APGiasCk"

    /// <param name="keptBy">A local authority checks the records it keeps; null checks every record.</param>
    public async Task<GiasCheckSummary> CheckAsync(GiasExtract extract, Guid? keptBy, CancellationToken cancellationToken)
    {
        GiasCheckSummary? summary = null;
        await db.Database.InTransactionAsync(async () =>
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({CheckLock})", cancellationToken);
            summary = await CheckInTransactionAsync(extract, keptBy, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);
        return summary!;
    }

    private async Task<GiasCheckSummary> CheckInTransactionAsync(GiasExtract extract, Guid? keptBy, CancellationToken cancellationToken)
    {
        var providers = await db.Providers
            .Where(p => p.Registration.Status == RegistrationStatus.Registered && p.Status != ListingStatus.Removed &&
                (keptBy == null || p.OwnerId == keptBy))
            .ToListAsync(cancellationToken);
        var ids = providers.Select(p => p.Id).ToList();
        var open = await db.Concerns
            .Where(c => ids.Contains(c.ProviderId) && c.RaisedByOrganisationId == Concern.Platform && c.Category == ConcernCategory.Registration &&
                (c.Status == ConcernStatus.Open || c.Status == ConcernStatus.Acknowledged))
            .ToDictionaryAsync(c => c.ProviderId, c => c.Id, cancellationToken);

        var now = clock.GetUtcNow();
        var today = clock.TodayInEngland();
        var findings = new List<GiasFinding>();
        foreach (var provider in providers)
        {
            var establishment = extract.Find(provider.Registration.Urn);
            var verdict = GiasVerification.Verify(provider.Registration, establishment);
            if (verdict.Matches)
            {
                provider.Registration.EstablishmentType = verdict.EstablishmentType;
                provider.Registration.LastCheckedOn = today;
                provider.UpdatedAt = now;
            }
            else if (open.TryGetValue(provider.Id, out var stillOpen))
            {
                findings.Add(new(provider.Id, provider.Name, provider.Registration.Urn, verdict.Mismatches, stillOpen, false));
            }
            else if (provider.OwnerId is not { } localAuthority)
            {
                // Only platform admins keep the record: the summary they get is where they see it.
                findings.Add(new(provider.Id, provider.Name, provider.Registration.Urn, verdict.Mismatches, null, false));
            }
            else
            {
                var summary = GiasVerification.Describe(verdict, provider.Registration, establishment, today);
                var concern = Concern.RaiseByPlatform(Guid.CreateVersion7(now), provider.Id, localAuthority, ConcernCategory.Registration, summary, now);
                db.Concerns.Add(concern);
                db.AddIntegrationEvent(new ProviderConcernRaised(concern.Id, provider.Id, localAuthority, EnumNames.Name(concern.Category), now));
                db.AddIntegrationEvent(new ProviderRegistrationNotVerified(concern.Id, provider.Id, localAuthority, provider.Registration.Urn,
                    verdict.Mismatches.Select(EnumNames.Name).ToList(), now));
                findings.Add(new(provider.Id, provider.Name, provider.Registration.Urn, verdict.Mismatches, concern.Id, true));
            }
        }

        return new(today, extract.Count, providers.Count, providers.Count - findings.Count, findings.Count(f => f.Raised), findings);
    }
}
