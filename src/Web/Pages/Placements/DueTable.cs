using APPlatform.Web.Platform;

namespace APPlatform.Web.Pages.Placements;

/// <summary>What _DueTable shows: the items, whether to name each pupil, and whether the reader writes the reports (a provider).</summary>
public sealed record DueTable(IReadOnlyList<MonitoringDue> Items, DateOnly Today, bool ShowPupil, bool MayWriteReports);
