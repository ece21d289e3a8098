namespace Procurement.Application.OpenData.Ports;

/// <summary>
/// Which stages a source returns: those of one tender (<see cref="TenderId"/>), or of every public tender dated from
/// <see cref="From"/> (inclusive) to <see cref="Until"/> (exclusive). With a <see cref="Limit"/>, a source returns the
/// first <see cref="Limit"/> stages by date <b>and every other stage dated the same as the last of them</b>, so that the
/// caller can page by (date, release id) without missing a tie.
/// </summary>
public sealed record OcdsStageWindow(Guid? TenderId, DateTimeOffset? From, DateTimeOffset? Until, int? Limit)
{
    public static OcdsStageWindow Of(Guid tenderId) => new(tenderId, null, null, null);
}
