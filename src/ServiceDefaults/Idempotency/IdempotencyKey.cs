namespace APPlatform.ServiceDefaults.Idempotency;

/// <summary>
/// What an Idempotency-Key may be (platform policy, after the IETF draft's opaque key): 1 to <see cref="MaxLength"/>
/// printable ASCII characters, no spaces or controls, so it is stored and compared exactly as the client sent it.
/// </summary>
public static class IdempotencyKey
{
    public const int MaxLength = 200;

    public static bool IsWellFormed(string key) => key.Length is > 0 and <= MaxLength && key.All(c => c is > ' ' and < (char)127);
}
