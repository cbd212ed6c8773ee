using APPlatform.Referrals.Model.Placements;

namespace APPlatform.Referrals.Model.Rules;

/// <summary>
/// Poor progress brings a formal review; after <see cref="Limit"/> formal reviews in a row without improvement the
/// school may end the placement. A review that finds improvement starts the count again. Ending becomes available once,
/// at the review that reaches the limit, and that review announces it.
/// </summary>
/// <remarks>Trust policy §12: if there is no improvement after three formal reviews, the school may end the placement.</remarks>
public static class ThreeFormalReviews
{
    public const int Limit = 3;

    /// <summary>Formal reviews since the last one that saw improvement, in the order they were held.</summary>
    public static int WithoutImprovement(IEnumerable<Review> reviews) =>
        reviews.Where(r => r.Kind == ReviewKind.Formal).OrderBy(r => r.HeldOn).ThenBy(r => r.RecordedAt)
            .Aggregate(0, (count, review) => review.Improved == true ? 0 : count + 1);

    public static bool AllowEnding(IEnumerable<Review> reviews) => WithoutImprovement(reviews) >= Limit;

    /// <summary>Whether recording <paramref name="review"/> after <paramref name="before"/> makes ending available (so it is announced).</summary>
    public static bool MakeEndingAvailable(IReadOnlyCollection<Review> before, Review review) =>
        !AllowEnding(before) && AllowEnding([.. before, review]);
}
