using APPlatform.MailSink;

// Accepts every message over SMTP and keeps it as an .eml file; lists what arrived over HTTP (a page for people,
// /messages as JSON for tests). Started by the AppHost, which gives it both ports and its directory.
var builder = WebApplication.CreateBuilder(args);
builder.Services.Configure<MailSinkOptions>(builder.Configuration.GetSection(MailSinkOptions.SectionName));
builder.Services.AddSingleton<MailStore>();
builder.Services.AddHostedService<SmtpListener>();

var app = builder.Build();
app.MapMailPages();
app.Run();
