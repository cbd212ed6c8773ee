using System.Text;
using APPlatform.ProviderDirectory.Csv;
using APPlatform.ServiceDefaults.Csv;
using Microsoft.AspNetCore.Http;

namespace APPlatform.ProviderDirectory.Model.Tests;

/// <summary>The CSV an LA keeps, read and written as a spreadsheet does: bounded uploads, quoting, no formulae.</summary>
public sealed class CsvTableTests
{
    [Fact]
    public async Task AnUploadThatNeverEndsIsRefusedOnceItPassesTheLimitWithoutReadingFurther()
    {
        var endless = new EndlessStream();

        var refused = await Assert.ThrowsAsync<BadHttpRequestException>(
            () => BoundedText.ReadAsync(endless, 1024, TestContext.Current.CancellationToken));

        Assert.Equal(413, refused.StatusCode);
        Assert.InRange(endless.Served, 1025, 1024 + EndlessStream.Chunk);
    }

    [Fact]
    public async Task AnUploadWithinTheLimitIsReadWithoutItsByteOrderMark()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("name,town\nÅsa's Farm,Derby\n")).ToArray();

        var text = await BoundedText.ReadAsync(new MemoryStream(bytes), 1024, TestContext.Current.CancellationToken);

        Assert.Equal("name,town\nÅsa's Farm,Derby\n", text);
    }

    /// <summary>A body with no declared length that never ends, counting what it served.</summary>
    private sealed class EndlessStream : Stream
    {
        public const int Chunk = 100;

        public int Served { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = Math.Min(count, Chunk);
            Array.Fill(buffer, (byte)'x', offset, n);
            Served += n;
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => Served; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }

    [Fact]
    public void QuotedFieldsKeepTheirCommasQuotesAndLineBreaks()
    {
        var (header, rows) = CsvTable.Read("Name,Offer\r\n\"Smith, Jones & Co\",\"Says \"\"hello\"\"\nand more\"\r\nPlain,Simple\n");

        Assert.Equal(["name", "offer"], header);
        Assert.Equal("Smith, Jones & Co", rows[0]["name"]);
        Assert.Equal("Says \"hello\"\nand more", rows[0]["offer"]);
        Assert.Equal(3, rows[1].Number);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "\"'=HYPERLINK(\"\"x\"\")\"")]
    [InlineData("+44 1632", "'+44 1632")]
    [InlineData("-1.55", "-1.55")]
    [InlineData("a,b", "\"a,b\"")]
    public void CellsAreQuotedAndFormulaeNeutralisedForSpreadsheets(string value, string cell) => Assert.Equal(cell, CsvTable.Cell(value));
}
