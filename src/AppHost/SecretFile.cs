namespace APPlatform.AppHost;

/// <summary>A file holding a password or key, readable by its owner only.</summary>
internal static class SecretFile
{
    public static void Write(string path, string secret)
    {
        File.WriteAllText(path, secret);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
