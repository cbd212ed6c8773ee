namespace APPlatform.AppHost.Orchestration;

/// <summary>
/// A project of this repository, run from its build output as `dotnet &lt;Project&gt;.dll`, in its output folder so its
/// appsettings*.json load.
/// </summary>
public sealed class ProjectResource : ExecutableResource
{
    internal ProjectResource(string name, string assembly, LaunchSettings launch)
        : base(name, "dotnet", [assembly], Path.GetDirectoryName(assembly)!, launch)
    {
        Assembly = assembly;
    }

    public string Assembly { get; }

    protected internal override void EnsureCanStart()
    {
        base.EnsureCanStart();
        if (!File.Exists(Assembly))
        {
            throw new InvalidOperationException(
                $"{Path.GetFileNameWithoutExtension(Assembly)} is not built ({Assembly} is missing): run `dotnet build src/AppHost` (./run.sh does).");
        }
    }
}
