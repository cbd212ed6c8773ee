using System.Text.Json.Serialization;
using APPlatform.ServiceDefaults.Apis;

namespace APPlatform.ServiceDefaults.Unit.Tests.Apis;

/// <summary>
/// Enum values in query strings, CSV files and computed fields use the words request and response bodies use
/// (snake_case, or the member's JSON name); a query may also give the C# name, in any case.
/// </summary>
public sealed class EnumNamesTests
{
    public enum Judgement
    {
        Outstanding,
        RequiresImprovement,
        [JsonStringEnumMemberName("KS4")]
        KeyStage4,
    }

    [Theory]
    [InlineData(Judgement.Outstanding, "outstanding")]
    [InlineData(Judgement.RequiresImprovement, "requires_improvement")]
    [InlineData(Judgement.KeyStage4, "KS4")]
    public void ItsNameIsTheOneTheJsonUses(Judgement value, string name) => Assert.Equal(name, EnumNames.Name(value));

    [Theory]
    [InlineData("requires_improvement", Judgement.RequiresImprovement)]
    [InlineData("RequiresImprovement", Judgement.RequiresImprovement)]
    [InlineData("REQUIRES_IMPROVEMENT", Judgement.RequiresImprovement)]
    [InlineData(" outstanding ", Judgement.Outstanding)]
    [InlineData("ks4", Judgement.KeyStage4)]
    [InlineData("KeyStage4", Judgement.KeyStage4)]
    public void TheJsonNameOrTheCSharpNameIsReadIgnoringCase(string text, Judgement value)
    {
        Assert.True(EnumNames.TryParse<Judgement>(text, out var read));
        Assert.Equal(value, read);
    }

    /// <summary>A number is not a name: "1" would otherwise pick a value by its position.</summary>
    [Theory]
    [InlineData("requires improvement")]
    [InlineData("1")]
    [InlineData("")]
    [InlineData(null)]
    public void AnythingElseIsNotRead(string? text) => Assert.False(EnumNames.TryParse<Judgement>(text, out _));

    [Fact]
    public void TheErrorListsEveryName() =>
        Assert.Equal("'good' is not one of: outstanding, requires_improvement, KS4.", EnumNames.NotOneOf<Judgement>("good"));
}
