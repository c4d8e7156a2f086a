using System;
using System.Collections.Generic;
using Serilog.Core;
using Serilog.Events;

namespace Klivar.PrivacyAnnotations.Serilog
{
    /// <summary>
    /// Destructures annotated objects (<c>{@Customer}</c>) from their privacy tables: personal members redacted as
    /// <c>ToRedactedString()</c> redacts them (mask, keyed hash or erase, per category and <c>Redaction</c>), printable
    /// members as they are, members that hold annotated objects or collections of them destructured in turn (through
    /// this policy again). Members the table does not list (text declared neither personal nor not) are left out, as
    /// <c>ToRedactedString()</c> leaves them out. Types without a table are left to Serilog.
    /// </summary>
    public sealed class PrivacyDestructuringPolicy : IDestructuringPolicy
    {
        /// <inheritdoc />
        public bool TryDestructure(object value, ILogEventPropertyValueFactory propertyValueFactory, out LogEventPropertyValue result)
        {
            result = null!;
            if (value is null) return false;
            var type = value.GetType();
            // One lookup per event, in the tables the generated module initializers list: no reflection over attributes.
            var tables = PrivacyTypes.FindAll(type);
            if (tables.Count == 0) return false;
            var properties = new List<LogEventProperty>();
            foreach (var table in tables)
            {
                foreach (var member in table.MemberTable)
                {
                    var memberValue = member.GetValue(value);
                    LogEventPropertyValue rendered;
                    if (member.IsPersonal) rendered = new ScalarValue(member.Render(memberValue));
                    else if (member.IsPrintable) rendered = new ScalarValue(memberValue);
                    // An annotated object, or a collection of them: Serilog destructures it, and comes back here for each.
                    else rendered = propertyValueFactory.CreatePropertyValue(memberValue, destructureObjects: true);
                    properties.Add(new LogEventProperty(member.Name, rendered));
                }
            }
            result = new StructureValue(properties, TypeTag(type));
            return true;
        }

        // What Serilog itself writes as $type: the type's name without the generic arity.
        private static string TypeTag(Type type)
        {
            var name = type.Name;
            var tick = name.IndexOf('`');
            return tick < 0 ? name : name.Substring(0, tick);
        }
    }
}
