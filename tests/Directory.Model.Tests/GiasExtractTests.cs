using APPlatform.ProviderDirectory.Gias;

namespace APPlatform.ProviderDirectory.Model.Tests;

/// <summary>GIAS's establishment extract read by URN, and refused when it cannot be checked against, in memory.</summary>
public sealed class GiasExtractTests
{
    private const string Header = "URN,LA (code),LA (name),EstablishmentName,TypeOfEstablishment (name),EstablishmentStatus (name),UKPRN,Postcode";

    [Fact]
    public void AnExtractInGiasShapeIsReadByUrnKeepingQuotedCommas()
    {
        var (extract, problem) = GiasExtract.Read(new StringReader(
            Header + "\r\n900005,830,Derbyshire,\"Moor Lane Pupil Referral Unit, Matlock\",Pupil referral unit,\"Open, but proposed to close\",,DE4 5AB\r\n"));

        Assert.Null(problem);
        var row = extract!.Find(" 900005 ")!;
        Assert.Equal(("Moor Lane Pupil Referral Unit, Matlock", "Open, but proposed to close", null, "DE4 5AB", "Derbyshire"),
            (row.Name, row.StatusName, row.Ukprn, row.Postcode, row.LocalAuthorityName));
        Assert.Null(extract.Find("900006"));
    }

    [Theory]
    [InlineData("URN")]
    [InlineData("EstablishmentName")]
    [InlineData("TypeOfEstablishment (name)")]
    [InlineData("EstablishmentStatus (name)")]
    [InlineData("UKPRN")]
    public void AnExtractWithoutAColumnTheCheckNeedsIsRefusedNamingIt(string column)
    {
        var header = string.Join(',', Header.Split(',').Where(c => c != column));

        var (extract, problem) = GiasExtract.Read(new StringReader(header + "\n900001,830,Derbyshire,A,Pupil referral unit,Open,,DE4\n"));

        Assert.Null(extract);
        Assert.StartsWith($"The GIAS extract has no \"{column}\" column", problem);
    }

    [Fact]
    public void AnExtractListingNoEstablishmentIsRefusedRatherThanFindingEveryProviderGone()
    {
        var (extract, problem) = GiasExtract.Read(new StringReader(Header + "\n"));

        Assert.Null(extract);
        Assert.Equal("The GIAS extract lists no establishment.", problem);
    }

    [Fact]
    public void TheExtractIsReadAsWindows1252AsGiasPublishesIt()
    {
        var bytes = GiasExtract.Encoding.GetBytes(Header + "\n900007,830,Derbyshire,St Mary’s Centre,Other independent school,Open,,DE1\n");
        Assert.Contains((byte)0x92, bytes); // the apostrophe, as Windows-1252 writes it: not UTF-8

        var (extract, _) = GiasExtract.Read(new StreamReader(new MemoryStream(bytes), GiasExtract.Encoding, detectEncodingFromByteOrderMarks: true));

        Assert.Equal("St Mary’s Centre", extract!.Find("900007")!.Name);
    }
}
