using System;
using Serilog;
using Serilog.Configuration;

namespace Klivar.PrivacyAnnotations.Serilog
{
    /// <summary>Adds <see cref="PrivacyDestructuringPolicy"/> to a Serilog configuration.</summary>
    public static class PrivacyAnnotationsDestructuringExtensions
    {
        /// <summary>
        /// Destructures annotated objects with their personal members redacted:
        /// <c>new LoggerConfiguration().Destructure.WithPrivacyAnnotations()</c>.
        /// </summary>
        public static LoggerConfiguration WithPrivacyAnnotations(this LoggerDestructuringConfiguration destructure)
        {
            if (destructure is null) throw new ArgumentNullException(nameof(destructure));
            return destructure.With(new PrivacyDestructuringPolicy());
        }
    }
}
