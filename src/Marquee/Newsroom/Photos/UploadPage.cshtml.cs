using Marquee.Media.Ingest;
using Marquee.Media.Photos;
using Marquee.Newsroom.Access;
using Marquee.Newsroom.Layout;
using Microsoft.AspNetCore.Mvc;

namespace Marquee.Newsroom.Photos;

/// <summary>
/// Uploads photos into the library: a multi-file form that works without JavaScript (every file in one
/// request, an outcome per file), and the File handler the page's script sends each file to on its own,
/// for per-file progress, answering JSON. Every file goes through PhotoIngest, which refuses with a reason.
/// </summary>
// Limits apply at routing, before the antiforgery check reads the form; each file is still held to Marquee:Media:MaxUploadMegabytes.
[RequestSizeLimit(MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = MaxRequestBytes)]
public sealed class UploadPage(PhotoIngest ingest) : NewsroomPageModel
{
    /// <summary>A whole no-script batch: many agency photos at once.</summary>
    public const long MaxRequestBytes = 1L << 30;

    public IReadOnlyList<UploadOutcome> Outcomes { get; private set; } = [];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var files = await ChosenFilesAsync();
        if (files.Count == 0)
        {
            return Refuse("choose at least one photo to upload");
        }

        List<UploadOutcome> outcomes = [];
        foreach (var file in files)
        {
            outcomes.Add(await IngestAsync(file));
        }

        Outcomes = outcomes;
        var stored = outcomes.Count(o => o.Refusal is null);
        Notice = $"{stored} of {outcomes.Count} uploaded; add the credit and alt text of each on its page.";
        return stored == 0 ? Refuse($"no photo was uploaded: {string.Join("; ", outcomes.Select(o => o.Refusal))}") : Page();
    }

    /// <summary>One file from the page's script; the answer is JSON (422 with the refusal when refused).</summary>
    public async Task<IActionResult> OnPostFileAsync()
    {
        var files = await ChosenFilesAsync();
        var outcome = files.Count == 1
            ? await IngestAsync(files[0])
            : new UploadOutcome("", null, null, $"send exactly one file (this request has {files.Count})");
        return new JsonResult(outcome) { StatusCode = outcome.Refusal is null ? StatusCodes.Status200OK : StatusCodes.Status422UnprocessableEntity };
    }

    /// <summary>The form's files; a browser sends an empty part with no name when none was chosen.</summary>
    private async Task<IReadOnlyList<IFormFile>> ChosenFilesAsync()
    {
        if (!Request.HasFormContentType)
        {
            return [];
        }

        var form = await Request.ReadFormAsync(HttpContext.RequestAborted);
        return [.. form.Files.Where(f => f.FileName.Length > 0)];
    }

    private async Task<UploadOutcome> IngestAsync(IFormFile file)
    {
        var name = Path.GetFileName(file.FileName);
        await using var content = file.OpenReadStream();
        var result = await ingest.IngestAsync(content, name, new PhotoMetadata { CreatedBy = PhotoRules.UploaderOf(User) }, HttpContext.RequestAborted);
        return result.Photo is { } photo
            ? new UploadOutcome(name, photo.Id, NewsroomPaths.Photo(photo.Id), null) { Caption = photo.Caption, AltText = photo.AltText, Credit = photo.Credit }
            : new UploadOutcome(name, null, null, result.Refusal);
    }
}
