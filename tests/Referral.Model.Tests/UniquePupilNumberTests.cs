namespace APPlatform.Referrals.Model.Tests;

/// <summary>The DfE's UPN: a check letter fixed by the other twelve characters, so a mistyped UPN is refused, in memory.</summary>
public sealed class UniquePupilNumberTests
{
    [Theory]
    [InlineData("U820200101001")]
    [InlineData("A000000000000")] // a remainder of 0 is A
    [InlineData("P000000000001")]
    [InlineData("F999999999999")]
    [InlineData("R93812345678H")] // a temporary UPN ends in a letter, counted at its value in the check alphabet
    [InlineData("E82020010100A")]
    public void AUpnWhoseCheckLetterMatchesTheRestIsValid(string upn) => Assert.True(UniquePupilNumber.HasValidCheckLetter(upn));

    [Theory]
    [InlineData("A820200101001")] // the check letter of another UPN
    [InlineData("U82020010100")] // twelve characters
    [InlineData("U8202001010011")] // fourteen
    [InlineData("U82020A101001")] // a letter before the last place
    [InlineData("A82020010100I")] // I is never in the check alphabet
    [InlineData("I000000000000")] // nor is it a check letter
    public void AMistypedUpnIsRefused(string upn) => Assert.False(UniquePupilNumber.HasValidCheckLetter(upn));

    [Fact]
    public void TheCheckLetterIsTheWeightedSumOfTheRestModulo23() => Assert.Equal('U', UniquePupilNumber.CheckLetterFor("?820200101001"));
}
