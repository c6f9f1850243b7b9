// Draws the demo gallery's photos (original artwork, CC0): `dotnet run tools/make-demo-gallery.cs` from the repository root.
// Shapes and seeded noise only, so the output is the same on every run and small enough to ship (JPEG, 1200 × 800).
#:package NetVips
#:package NetVips.Native.linux-x64

using NetVips;

const int Width = 1200;
const int Height = 800;
var folder = Path.Combine("src", "Marquee", "Demo", "Content", "gallery");
Directory.CreateDirectory(folder);

var scenes = new (string Name, Func<Image> Draw)[]
{
    ("01-stage-lights", () => Glows(Sky([12, 10, 40], [70, 20, 90]), seed: 1, count: 7, [255, 80, 200], [80, 200, 255])),
    ("02-confetti", () => Confetti(Sky([60, 0, 80], [230, 60, 120]), seed: 2)),
    ("03-crowd", () => Crowd(Glows(Sky([20, 10, 10], [255, 140, 40]), seed: 3, count: 3, [255, 220, 120], [255, 120, 60]), seed: 3)),
    ("04-red-carpet", () => Carpet(Glows(Sky([5, 5, 5], [60, 60, 70]), seed: 4, count: 9, [255, 255, 255], [220, 230, 255]))),
    ("05-marquee-bulbs", () => Bulbs(Sky([30, 5, 5], [90, 10, 20]))),
    ("06-encore", () => Confetti(Glows(Sky([0, 20, 40], [0, 120, 140]), seed: 6, count: 5, [120, 255, 200], [255, 255, 160]), seed: 6)),
};

foreach (var (name, draw) in scenes)
{
    using var image = draw();
    image.Jpegsave(Path.Combine(folder, $"{name}.jpg"), q: 72, optimizeCoding: true, keep: Enums.ForeignKeep.None);
    Console.WriteLine($"{name}.jpg {new FileInfo(Path.Combine(folder, $"{name}.jpg")).Length / 1024} KB");
}

// A vertical gradient from the top colour to the bottom one.
static Image Sky(double[] top, double[] bottom)
{
    using var t = (Image.Xyz(Width, Height)[1] / (double)Height).Cast(Enums.BandFormat.Float);
    using var r = t * (bottom[0] - top[0]) + top[0];
    using var g = t * (bottom[1] - top[1]) + top[1];
    using var b = t * (bottom[2] - top[2]) + top[2];
    return r.Bandjoin(g, b).Cast(Enums.BandFormat.Uchar);
}

// Soft round lights: circles drawn on black, blurred, added over the background.
static Image Glows(Image background, int seed, int count, double[] first, double[] second)
{
    var random = new Random(seed);
    var lights = Image.Black(Width, Height, bands: 3).Mutate(m =>
    {
        for (var i = 0; i < count; i++)
        {
            var colour = i % 2 == 0 ? first : second;
            m.DrawCircle(colour, random.Next(Width), random.Next(Height / 2), random.Next(40, 140), fill: true);
        }
    });
    using var soft = lights.Gaussblur(40);
    using var sum = background.Cast(Enums.BandFormat.Float) + soft * 1.6;
    background.Dispose();
    lights.Dispose();
    return (sum > 255).Ifthenelse(255, sum).Cast(Enums.BandFormat.Uchar);
}

static Image Confetti(Image background, int seed)
{
    var random = new Random(seed);
    double[][] colours = [[255, 210, 0], [255, 60, 120], [60, 200, 255], [255, 255, 255], [120, 255, 120]];
    var result = background.Mutate(m =>
    {
        for (var i = 0; i < 260; i++)
        {
            m.DrawRect(colours[random.Next(colours.Length)], random.Next(Width), random.Next(Height), random.Next(6, 18), random.Next(4, 12), fill: true);
        }
    });
    background.Dispose();
    return result;
}

// Heads and shoulders against the stage's glow.
static Image Crowd(Image background, int seed)
{
    var random = new Random(seed);
    var result = background.Mutate(m =>
    {
        for (var x = -20; x < Width + 40; x += random.Next(40, 70))
        {
            var top = Height - random.Next(150, 230);
            m.DrawCircle([8, 6, 8], x, top, random.Next(26, 34), fill: true);
            m.DrawRect([8, 6, 8], x - 45, top + 30, 90, Height - top, fill: true);
        }
    });
    background.Dispose();
    return result;
}

// A red carpet narrowing towards the back of the hall.
static Image Carpet(Image background)
{
    var result = background.Mutate(m =>
    {
        for (var y = Height / 2; y < Height; y++)
        {
            var half = 60 + (y - (Height / 2)) * 1.6;
            m.DrawLine([170, 10, 20], (int)(Width / 2 - half), y, (int)(Width / 2 + half), y);
        }
    });
    background.Dispose();
    return result;
}

// A cinema marquee: a lit board framed by rows of bulbs.
static Image Bulbs(Image background)
{
    var result = background.Mutate(m =>
    {
        m.DrawRect([250, 240, 220], 200, 220, 800, 300, fill: true);
        m.DrawRect([20, 20, 20], 240, 300, 720, 20, fill: true);
        m.DrawRect([20, 20, 20], 240, 380, 560, 20, fill: true);
        for (var x = 170; x <= 1030; x += 40)
        {
            m.DrawCircle([255, 220, 120], x, 190, 12, fill: true);
            m.DrawCircle([255, 220, 120], x, 550, 12, fill: true);
        }

        for (var y = 230; y <= 510; y += 40)
        {
            m.DrawCircle([255, 220, 120], 170, y, 12, fill: true);
            m.DrawCircle([255, 220, 120], 1030, y, 12, fill: true);
        }
    });
    background.Dispose();
    return result;
}
