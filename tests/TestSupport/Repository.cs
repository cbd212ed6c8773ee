namespace APPlatform.TestSupport;

/// <summary>The checkout these tests were built in, and their build configuration (the AppHost's is the same).</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot(AppContext.BaseDirectory);

    /// <summary>bin/&lt;Configuration&gt;/net10.0/ holds the test assembly.</summary>
    public static string Configuration { get; } = new DirectoryInfo(AppContext.BaseDirectory).Parent!.Name;

    private static string FindRoot(string directory) =>
        File.Exists(Path.Combine(directory, "APPlatform.sln"))
            ? directory
            : FindRoot(Path.GetDirectoryName(directory.TrimEnd(Path.DirectorySeparatorChar)) ?? throw new InvalidOperationException("No APPlatform.sln above the tests."));
}
