// Makes Web/wwwroot/favicon.ico from the logo: `dotnet run tools/make-favicon.cs` from the repository root.
// An ICO holding 16, 32 and 48 px PNGs (every browser since IE 11 reads PNG inside ICO), resized with libvips.
#:package NetVips
#:package NetVips.Native.linux-x64

using NetVips;

var wwwroot = Path.Combine("src", "Marquee", "Web", "wwwroot");
using var logo = Image.NewFromFile(Path.Combine(wwwroot, "logo.png"));
int[] sizes = [16, 32, 48];
var pngs = sizes.Select(size =>
{
    using var icon = logo.ThumbnailImage(size, height: size, crop: Enums.Interesting.Centre);
    return icon.PngsaveBuffer(compression: 9, keep: Enums.ForeignKeep.None);
}).ToList();

using var ico = new BinaryWriter(File.Create(Path.Combine(wwwroot, "favicon.ico")));
ico.Write((ushort)0); // reserved
ico.Write((ushort)1); // type: icon
ico.Write((ushort)sizes.Length);
var offset = 6 + (16 * sizes.Length);
for (var i = 0; i < sizes.Length; i++)
{
    ico.Write((byte)sizes[i]); // width
    ico.Write((byte)sizes[i]); // height
    ico.Write((byte)0); // no palette
    ico.Write((byte)0); // reserved
    ico.Write((ushort)1); // colour planes
    ico.Write((ushort)32); // bits per pixel
    ico.Write(pngs[i].Length);
    ico.Write(offset);
    offset += pngs[i].Length;
}

pngs.ForEach(ico.Write);
Console.WriteLine($"favicon.ico {offset} bytes");
