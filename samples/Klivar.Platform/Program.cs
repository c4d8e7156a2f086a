// Filled in when the generator lands: register summary, a redacted log line, a purge run.
System.Console.WriteLine("Klivar.Platform");
