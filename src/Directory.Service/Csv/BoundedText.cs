namespace APPlatform.ProviderDirectory.Csv;

/// <summary>
/// Reads an uploaded file as text no further than a limit, whatever length it declares (a chunked body declares
/// none), so an oversized upload is refused without being held in memory.
/// </summary>
public static class BoundedText
{
    /// <summary>Refuses (415) a body that is not CSV, naming what should have been sent.</summary>
    public static void RequireCsv(HttpRequest request, string what)
    {
        if (request.ContentType?.Split(';')[0].Trim() is not ("text/csv" or "text/plain"))
        {
            throw new BadHttpRequestException($"Send {what} as text/csv.", StatusCodes.Status415UnsupportedMediaType);
        }
    }

    /// <summary>A request's body as text, refused at once when its declared length is over the limit.</summary>
    public static Task<string> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken, System.Text.Encoding? encoding = null) =>
        request.ContentLength > maxBytes ? throw TooLarge(maxBytes) : ReadAsync(request.Body, maxBytes, cancellationToken, encoding);

    /// <param name="encoding">How text without a byte-order mark is written: UTF-8 unless the file's publisher says otherwise.</param>
    public static async Task<string> ReadAsync(Stream body, int maxBytes, CancellationToken cancellationToken, System.Text.Encoding? encoding = null)
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
        using var reader = new StreamReader(new MemoryStream(buffer, 0, length), encoding ?? System.Text.Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return await reader.ReadToEndAsync(cancellationToken);
    }

    /// <summary>The framework's own refusal of a body too large, which the problem handler answers with its 413.</summary>
    public static BadHttpRequestException TooLarge(int maxBytes) =>
        new($"An upload here is at most {maxBytes / 1024} KB.", StatusCodes.Status413PayloadTooLarge);
}
