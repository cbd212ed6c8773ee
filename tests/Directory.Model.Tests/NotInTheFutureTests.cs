using System.ComponentModel.DataAnnotations;
using APPlatform.ProviderDirectory.Apis.Requests;
using Microsoft.Extensions.Time.Testing;

namespace APPlatform.ProviderDirectory.Model.Tests;

/// <summary>
/// A GIAS check and an inspection cannot be in the future, by the service's clock (here a fixed one, at 23:30 UTC on
/// 10 March 2026): "today" anywhere is accepted, so up to tomorrow's UTC date.
/// </summary>
public sealed class NotInTheFutureTests
{
    private readonly FakeTimeProvider clock = new(new DateTimeOffset(2026, 3, 10, 23, 30, 0, TimeSpan.Zero));

    [Theory]
    [InlineData("2026-03-10", true)]
    [InlineData("2026-03-11", true)]
    [InlineData("2026-03-12", false)]
    public void AGiasCheckCannotBeInTheFuture(string checkedOn, bool accepted) =>
        Assert.Equal(accepted, !SaysFuture(new RegistrationUpdate(RegistrationStatus.Unregistered, null, null, null, null, DateOnly.Parse(checkedOn))));

    [Theory]
    [InlineData("2026-03-11", true)]
    [InlineData("2026-03-12", false)]
    public void AnInspectionCannotBeInTheFuture(string inspectedOn, bool accepted) =>
        Assert.Equal(accepted, !SaysFuture(Inspection(inspectedOn)));

    [Fact]
    public void TheServicesClockDecidesNotTheMachines()
    {
        var inspection = Inspection("2026-03-12");
        var before = SaysFuture(inspection);

        clock.Advance(TimeSpan.FromHours(1));

        Assert.True(before);
        Assert.False(SaysFuture(inspection));
    }

    [Fact]
    public void ValidationWithoutTheServicesClockIsRefusedRatherThanReadingTheMachines()
    {
        var inspection = Inspection("2026-03-11");

        var refused = Assert.Throws<InvalidOperationException>(() => Validator.TryValidateObject(inspection, new ValidationContext(inspection), [], validateAllProperties: true));

        Assert.Contains("TimeProvider", refused.Message);
    }

    private static InspectionInput Inspection(string inspectedOn) =>
        new(DateOnly.Parse(inspectedOn), InspectionFramework.IndependentSchoolStandards, null, null, null, null, null, StandardsMet: true, null);

    private bool SaysFuture(object request) => ValidationClock.Validate(request, clock).Any(result => result.ErrorMessage!.Contains("in the future"));
}
