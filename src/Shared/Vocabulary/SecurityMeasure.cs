namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// The security measures of the CNIL register template's checklist (Art. 30(1)(g), Art. 32). Declare the ones in
    /// place on an activity (<c>SecurityChecklist</c>); anything else goes in words in <c>SecurityMeasures</c>.
    /// </summary>
#if KLIVAR_PUBLIC_API
    public
#else
    internal
#endif
    enum SecurityMeasure
    {
        /// <summary>Control of users' access (accounts, authentication, authorisations). CNIL: <i>contrôle d'accès des utilisateurs</i>.</summary>
        AccessControl = 0,
        /// <summary>Traceability: logs of access and actions. CNIL: <i>mesures de traçabilité</i>.</summary>
        Traceability = 1,
        /// <summary>Software protection: updates, antivirus, firewall. CNIL: <i>mesures de protection des logiciels</i>.</summary>
        SoftwareProtection = 2,
        /// <summary>Backups of the data. CNIL: <i>sauvegarde des données</i>.</summary>
        Backups = 3,
        /// <summary>Encryption of the data. CNIL: <i>chiffrement des données</i>.</summary>
        Encryption = 4,
        /// <summary>Control of processors: Art. 28 contracts, audits. CNIL: <i>contrôle des sous-traitants</i>.</summary>
        ProcessorControl = 5,
        /// <summary>Physical security of premises and equipment.</summary>
        PhysicalSecurity = 6,
    }
}
