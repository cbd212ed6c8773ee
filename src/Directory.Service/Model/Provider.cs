namespace APPlatform.ProviderDirectory.Model;

/// <summary>An alternative provision provider in the directory.</summary>
public sealed class Provider
{
    public Guid Id { get; init; }

    public required string Name { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>The organisation (local authority or platform admin) that added the provider.</summary>
    public Guid CreatedBy { get; init; }
}
