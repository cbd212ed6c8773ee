using APPlatform.ProviderDirectory.Model.Gias;

namespace APPlatform.ProviderDirectory.Model.Tests;

/// <summary>A registered provider checked against its GIAS row (GiasVerification), in memory.</summary>
public sealed class GiasVerificationTests
{
    private static readonly Registration Recorded = new() { Status = RegistrationStatus.Registered, Urn = "900001", Ukprn = "10090001" };

    private static GiasEstablishment Row(string type = "Pupil referral unit", string status = "Open", string? ukprn = "10090001") =>
        new("900001", "Demoshire Learning Centre", type, status, ukprn, "DE4 3AA", "Derbyshire");

    [Theory]
    [InlineData("Pupil referral unit", EstablishmentType.PupilReferralUnit)]
    [InlineData("Academy alternative provision converter", EstablishmentType.AlternativeProvisionAcademyConverter)]
    [InlineData("Academy alternative provision sponsor led", EstablishmentType.AlternativeProvisionAcademySponsorLed)]
    [InlineData("Free schools alternative provision", EstablishmentType.AlternativeProvisionFreeSchool)]
    [InlineData("Other independent school", EstablishmentType.OtherIndependentSchool)]
    [InlineData("Other independent special school", EstablishmentType.OtherIndependentSpecialSchool)]
    [InlineData("Further education", EstablishmentType.FurtherEducation)]
    public void EachGiasTypeThatMayTakePupilsInApIsRecordedAsItsEstablishmentType(string giasType, EstablishmentType recorded)
    {
        var verdict = GiasVerification.Verify(Recorded, Row(type: giasType));

        Assert.True(verdict.Matches);
        Assert.Equal(recorded, verdict.EstablishmentType);
    }

    [Theory]
    [InlineData("Community school")]
    [InlineData("Academy converter")]
    [InlineData("Free schools special")]
    [InlineData("Community special school")]
    [InlineData("Local authority nursery school")]
    [InlineData("Online provider")]
    [InlineData("Welsh establishment")]
    public void AnyOtherGiasTypeMayNotTakePupilsInAp(string giasType)
    {
        var verdict = GiasVerification.Verify(Recorded, Row(type: giasType));

        Assert.Equal([GiasMismatch.NotAnApType], verdict.Mismatches);
        Assert.Null(verdict.EstablishmentType);
    }

    [Fact]
    public void GiasTypeNamesAreMatchedWhateverTheirCase() =>
        Assert.Equal(EstablishmentType.PupilReferralUnit, GiasEstablishmentTypes.MayTakePupilsInAp(" pupil REFERRAL unit "));

    [Theory]
    [InlineData("Open", true)]
    [InlineData("Open, but proposed to close", false)]
    [InlineData("Closed", false)]
    [InlineData("Proposed to open", false)]
    public void OnlyAnOpenEstablishmentNotProposedToCloseIsOpen(string status, bool open)
    {
        Assert.Equal(open, GiasVerification.IsOpen(Row(status: status)));
        Assert.Equal(open, !GiasVerification.Verify(Recorded, Row(status: status)).Mismatches.Contains(GiasMismatch.NotOpen));
    }

    [Theory]
    [InlineData("10090001", "10090001", true)]
    [InlineData("10090001", "10090002", false)]
    [InlineData(null, "10090002", true)]
    [InlineData("10090001", null, true)]
    public void UkprnsDifferOnlyWhenBothAreKnown(string? recorded, string? onGias, bool agree) =>
        Assert.Equal(agree, GiasVerification.UkprnAgrees(recorded, onGias));

    [Fact]
    public void ARegisteredProviderWithoutAUrnCannotBeVerified() =>
        Assert.Equal([GiasMismatch.NoUrn], GiasVerification.Verify(new Registration { Status = RegistrationStatus.Registered }, null).Mismatches);

    [Fact]
    public void AUrnGiasDoesNotListIsAMismatch() =>
        Assert.Equal([GiasMismatch.UrnNotOnGias], GiasVerification.Verify(Recorded, null).Mismatches);

    [Fact]
    public void EveryMismatchIsFoundAtOnceAndNoTypeIsRecorded()
    {
        var verdict = GiasVerification.Verify(Recorded, Row(type: "Community school", status: "Closed", ukprn: "10099999"));

        Assert.Equal([GiasMismatch.NotOpen, GiasMismatch.NotAnApType, GiasMismatch.UkprnDiffers], verdict.Mismatches);
        Assert.Null(verdict.EstablishmentType);
    }

    [Fact]
    public void TheFindingSaysWhatGiasShows()
    {
        var row = Row(type: "Community school", status: "Closed", ukprn: "10099999");
        var verdict = GiasVerification.Verify(Recorded, row);

        var summary = GiasVerification.Describe(verdict, Recorded, row, new DateOnly(2026, 12, 4));

        Assert.Equal("GIAS registration check on 4 December 2026: GIAS lists URN 900001 as Demoshire Learning Centre, but its status is \"Closed\"; " +
            "its type is \"Community school\", which may not take pupils in alternative provision; its UKPRN is 10099999, not 10090001 as recorded.", summary);
    }
}
