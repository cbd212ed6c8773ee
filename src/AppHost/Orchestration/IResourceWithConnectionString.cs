namespace APPlatform.AppHost.Orchestration;

/// <summary>A resource a project reaches through ConnectionStrings__&lt;name&gt; (Aspire's interface of the same name).</summary>
public interface IResourceWithConnectionString
{
    string Name { get; }

    /// <summary>Valid once the resource is healthy.</summary>
    string ConnectionString { get; }
}
