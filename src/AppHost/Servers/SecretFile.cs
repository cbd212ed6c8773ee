using System.Security.Cryptography;

namespace APPlatform.AppHost.Servers;

/// <summary>A password or key generated once, kept beside the data it protects and readable by its owner only.</summary>
internal static class SecretFile
{
    /// <summary>The secret in <paramref name="path"/>, generated (<paramref name="bytes"/> random bytes) if the file is missing.</summary>
    public static string ReadOrCreate(string path, int bytes, Func<byte[], string> encode) =>
        ReadOrCreate(path, () => encode(RandomNumberGenerator.GetBytes(bytes)));

    /// <summary>The secret in <paramref name="path"/>, made by <paramref name="create"/> if the file is missing.</summary>
    public static string ReadOrCreate(string path, Func<string> create)
    {
        if (!File.Exists(path))
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, create());
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        return File.ReadAllText(path).Trim();
    }
}
