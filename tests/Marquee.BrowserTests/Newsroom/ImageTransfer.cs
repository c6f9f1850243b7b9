using Microsoft.Playwright;

namespace Marquee.BrowserTests.Newsroom;

/// <summary>
/// An image file dropped on or pasted into an element as the browser delivers one from the desktop or the clipboard:
/// the page's own events, carrying a DataTransfer that holds a File (Playwright cannot drag a file from outside).
/// </summary>
public static class ImageTransfer
{
    private const string Script = """
        (target, { kind, data, name, type }) => {
            const transfer = new DataTransfer();
            transfer.items.add(new File([Uint8Array.from(atob(data), c => c.charCodeAt(0))], name, { type }));
            const init = { bubbles: true, cancelable: true };
            if (kind === "paste") {
                target.dispatchEvent(new ClipboardEvent("paste", { ...init, clipboardData: transfer }));
                return;
            }
            target.dispatchEvent(new DragEvent("dragenter", { ...init, dataTransfer: transfer }));
            target.dispatchEvent(new DragEvent("dragover", { ...init, dataTransfer: transfer }));
            target.dispatchEvent(new DragEvent("drop", { ...init, dataTransfer: transfer }));
        }
        """;

    public static Task DropAsync(ILocator target, byte[] image, string name) => SendAsync(target, "drop", image, name);

    public static Task PasteAsync(ILocator target, byte[] image, string name) => SendAsync(target, "paste", image, name);

    private static async Task SendAsync(ILocator target, string kind, byte[] image, string name) =>
        await target.EvaluateAsync(Script, new { kind, data = Convert.ToBase64String(image), name, type = name.EndsWith(".png", StringComparison.Ordinal) ? "image/png" : "image/jpeg" });
}
