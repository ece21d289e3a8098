namespace Procurement.Application;

/// <summary>A problem with one input field, worded for the person who filled it in.</summary>
public sealed record FieldError(string Field, string Message);
