using Microsoft.Extensions.Options;

namespace Marquee.Platform;

/// <summary>Fails an options class whose <see cref="ICheckedOptions.Problem"/> names one, with that sentence as the whole message.</summary>
internal sealed class ProblemCheck<T> : IValidateOptions<T>
    where T : class
{
    public ValidateOptionsResult Validate(string? name, T options) =>
        (options as ICheckedOptions)?.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
