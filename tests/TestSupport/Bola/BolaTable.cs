namespace APPlatform.TestSupport.Bola;

/// <summary>A service's matrix: one row per operation of its OpenAPI document, keyed "METHOD /path/{param}".</summary>
public sealed class BolaTable : Dictionary<string, BolaRow>
{
    /// <summary>The operations, as theory data.</summary>
    public TheoryData<string> Operations() => new(Keys);

    /// <summary>Fails for an operation of the document without a row, and for a row whose operation has gone.</summary>
    public void AssertCovers(IReadOnlyCollection<string> documented)
    {
        var missing = documented.Except(Keys).Order().ToList();
        var gone = Keys.Except(documented).Order().ToList();
        Assert.True(missing.Count == 0 && gone.Count == 0,
            $"Routes without a row: {string.Join(", ", missing)}. Rows for routes that no longer exist: {string.Join(", ", gone)}.");
    }
}
