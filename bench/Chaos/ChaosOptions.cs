namespace APPlatform.Chaos;

/// <summary>
/// How big the run is and how long each fault lasts: the full run by default, a fast look with --quick.
/// </summary>
/// <param name="PlacementsPerProvider">Seeded placements each demo provider marks.</param>
/// <param name="Days">Past days each placement is marked for, AM and PM.</param>
/// <param name="Journeys">Referral-to-placement journeys through the gateway.</param>
/// <param name="LongOutage">The longer of the two broker outages (the 30 seconds).</param>
/// <param name="ShortOutage">The other broker outage.</param>
/// <param name="Window">How long a webhook receiver answers 500, and how long the mail relay is down (a minute).</param>
/// <param name="Gap">Quiet time between one fault and the next, so each is seen on its own.</param>
public sealed record ChaosOptions(
    bool Quick, int PlacementsPerProvider, int Days, int MarksPerReturn, int Journeys, TimeSpan LongOutage, TimeSpan ShortOutage, TimeSpan Window, TimeSpan Gap)
{
    public const int KillCount = 5;

    /// <summary>The replicas of every replicated project; the gateway keeps one (it owns the fixed public port).</summary>
    public static readonly string[] ReplicatedProjects = ["directory", "referral", "attendance", "notification", "identity", "web"];

    /// <summary>The services whose replicas are killed: those that hold data and handle events.</summary>
    public static readonly string[] KillableServices = ["directory", "referral", "attendance", "notification"];

    public static ChaosOptions From(string[] args) => args.Contains("--quick")
        ? new(true, 50, 4, 25, 10, TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(15), TimeSpan.FromSeconds(5))
        : new(false, 250, 10, 25, 50, TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(10), TimeSpan.FromMinutes(1), TimeSpan.FromSeconds(10));

    /// <summary>Two providers, AM and PM: 10,000 marks in the full run.</summary>
    public int Marks => 2 * PlacementsPerProvider * Days * 2;
}
