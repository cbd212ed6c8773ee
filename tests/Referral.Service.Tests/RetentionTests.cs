using APPlatform.Referrals.Infrastructure;
using APPlatform.Referrals.Model;
using APPlatform.ServiceDefaults.Persistence.Retention;
using APPlatform.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace APPlatform.Referrals.Tests;

/// <summary>A pupil's file is kept until they are 25 (31 with special educational needs), then goes whole.</summary>
public sealed class RetentionTests(ReferralService service) : IClassFixture<ReferralService>
{
    [Fact]
    public async Task APupilsFileGoesWithItsReferralsAtTwentyFiveOrThirtyOneWithSendAndAYoungerOneStays()
    {
        var provider = await service.ProviderAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var bornAt = new Dictionary<string, (DateOnly Born, SenProvision Sen)>
        {
            ["gone at 25"] = (today.AddYears(-25).AddDays(-3), SenProvision.None),
            ["kept, not yet 25"] = (today.AddYears(-25).AddDays(3), SenProvision.None),
            ["kept, SEN file until 31"] = (today.AddYears(-26), SenProvision.SenSupport),
            ["gone at 31 with an EHC plan"] = (today.AddYears(-31).AddDays(-3), SenProvision.EhcPlan),
        };
        var referrals = new Dictionary<string, Guid>();
        foreach (var (name, (born, sen)) in bornAt)
        {
            var journey = await new Journey(service, Journey.NewSchool(), provider).ReferAsync();
            referrals[name] = journey.ReferralId;
            await service.WithDbAsync(db => db.Pupils.Where(p => db.Referrals.Any(r => r.Id == journey.ReferralId && r.PupilId == p.Id))
                .ExecuteUpdateAsync(set => set.SetProperty(p => p.DateOfBirth, born).SetProperty(p => p.Sen, sen)));
        }

        await service.App.Services.GetRequiredService<RetentionJob<ReferralDbContext>>().RunOnceAsync(TestContext.Current.CancellationToken);

        var left = await service.WithDbAsync(db => db.Referrals.Where(r => referrals.Values.Contains(r.Id)).Select(r => r.Id).ToListAsync());
        Assert.Equal(
            referrals.Where(r => r.Key.StartsWith("kept")).Select(r => r.Value).Order(),
            left.Order());
        Assert.Equal(2, await service.WithDbAsync(db => db.Pupils.CountAsync(p => db.Referrals.Any(r => r.PupilId == p.Id && left.Contains(r.Id)))));
    }
}
