namespace APPlatform.ProviderDirectory.Csv;

/// <summary>
/// Reads an uploaded file as text no further than a limit, whatever length it declares (a chunked body declares
/// none), so an oversized upload is refused without being held in memory.
/// </summary>
public static class BoundedText
{
    public static async Task<string> ReadAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        var buffer = new byte[maxBytes + 1];
        var length = 0;
        int read;
        while ((read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0)
        {
            length += read;
            if (length > maxBytes)
            {
                throw TooLarge(maxBytes);
            }
        }

        // A StreamReader, unlike decoding the bytes directly, drops the byte-order mark spreadsheets write first.
        using var reader = new StreamReader(new MemoryStream(buffer, 0, length));
        return await reader.ReadToEndAsync(cancellationToken);
    }

    /// <summary>The framework's own refusal of a body too large, which the problem handler answers with its 413.</summary>
    public static BadHttpRequestException TooLarge(int maxBytes) =>
        new($"An upload here is at most {maxBytes / 1024} KB.", StatusCodes.Status413PayloadTooLarge);
}
