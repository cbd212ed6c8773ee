namespace APPlatform.ServiceDefaults.Scheduling;

/// <summary>
/// A deadline handler whose work recurs (a daily check, a weekly summary): each run plans the next itself, and at
/// start-up <see cref="RecurringDeadlineStart{TContext,THandler}"/> asks it to plan the first when none of its kind is
/// pending. Added with AddRecurringDeadline.
/// </summary>
public interface IRecurringDeadline : IDeadlineHandler
{
    /// <summary>False while the recurrence is off (not configured): start-up then leaves the database alone.</summary>
    bool Recurs => true;

    /// <summary>Adds the first run to the handler's unit of work.</summary>
    void PlanFirst();
}
