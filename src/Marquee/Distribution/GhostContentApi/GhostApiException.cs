namespace Marquee.Distribution.GhostContentApi;

/// <summary>A failed Content API request, answered as Ghost answers it: the status and error type Ghost uses.</summary>
public sealed class GhostApiException(int status, string type, string message, string? context = null, string? code = null) : Exception(message)
{
    public int Status { get; } = status;

    public string Type { get; } = type;

    public string? Context { get; } = context;

    /// <summary>The machine-readable code Ghost gives some errors; clients branch on it (an unknown key's UNKNOWN_CONTENT_API_KEY).</summary>
    public string? Code { get; } = code;

    public static GhostApiException NotFound(string message) => new(StatusCodes.Status404NotFound, "NotFoundError", message);

    public static GhostApiException BadRequest(string message, string? context) => new(StatusCodes.Status400BadRequest, "BadRequestError", message, context);

    /// <summary>Ghost's answer to a malformed limit, page or id: 422 naming the check that failed.</summary>
    public static GhostApiException Validation(string resource, string check, string parameter) =>
        new(StatusCodes.Status422UnprocessableEntity, "ValidationError", $"Validation error, cannot read {resource}.", $"Validation ({check}) failed for {parameter}");
}
