using Microsoft.AspNetCore.Mvc.Rendering;

namespace APPlatform.Web.Design.TagHelpers;

/// <summary>
/// The id Razor gives a field's input (asp-for "Input.Marks[0].Mark" becomes "Input_Marks_0__Mark"), so the error summary
/// links to the input and the error message is named by it. For radios and checkboxes, the first item carries this id.
/// </summary>
public static class FieldIds
{
    public static string For(string modelStateKey) => TagBuilder.CreateSanitizedId(modelStateKey, "_");

    public static string ErrorFor(string modelStateKey) => For(modelStateKey) + "-error";
}
