package io.resumetailor.matching.control;

import io.resumetailor.resumes.entity.CertificationEntry;
import io.resumetailor.resumes.entity.EducationEntry;
import io.resumetailor.resumes.entity.ExperienceEntry;
import io.resumetailor.resumes.entity.PersonalInfo;
import io.resumetailor.resumes.entity.ResumeContent;
import io.resumetailor.resumes.entity.ResumeLanguage;
import java.util.List;

/** The critical-care nurse vacancy of issue 16, in our own words, and three candidates of graded fit. */
final class NurseFixtures {

    static final String COMPANY = "St Elsewhere NHS Foundation Trust";

    static final String VACANCY = """
            Staff Nurse - Critical Care (Band 6)
            St Elsewhere NHS Foundation Trust is one of the largest acute trusts in the region, proud of our Intensive Care Unit (ICU).

            About the role
            You will deliver high-quality care to critically ill patients on our 20-bed unit, working 12.5 hour shifts.

            Essential criteria
            - Registered Nurse with current NMC registration
            - At least 3 years of critical care or intensive care experience
            - Ventilator management and haemodynamic monitoring
            - Advanced Life Support (ALS) certification
            - Experience mentoring junior staff and students
            - Competent with electronic patient records

            Desirable
            - Post-registration critical care course
            - ECMO experience

            What we offer
            - 27 days annual leave plus bank holidays, NHS pension
            - Salary £37,338 - £44,962 per annum
            - Based at St Elsewhere Hospital, London SE1

            We are an equal opportunities employer and welcome applications from all communities.
            """;

    static ResumeContent icuNurse() {
        return new ResumeContent(new PersonalInfo("Grace Hopper", "grace@example.com", null, "Leeds", null, null),
                "Critical care nurse with six years on a busy adult ICU.",
                List.of(new ExperienceEntry("Leeds General Infirmary", "Staff Nurse, Intensive Care Unit", "2019-03", null,
                                "- Cared for ventilated patients and managed invasive haemodynamic monitoring\n"
                                        + "- Mentored newly qualified nurses and student nurses\n"
                                        + "- Documented care in the electronic patient record (Cerner)", null, null),
                        new ExperienceEntry("Royal Free Hospital", "Staff Nurse, Acute Medicine", "2016-09", "2019-02",
                                "- Administered IV medication and monitored deteriorating patients", null, null)),
                List.of(new EducationEntry("University of Leeds", "BSc (Hons)", "Adult Nursing", "2013-09", "2016-07")),
                List.of("Mechanical ventilation", "Patient assessment", "ECMO"),
                List.of(new CertificationEntry("Advanced Life Support (ALS)", "Resuscitation Council UK", "2022-04"),
                        new CertificationEntry("NMC registration", "Nursing and Midwifery Council", "2016-08")),
                List.of(new ResumeLanguage("English", "Native")));
    }

    static ResumeContent wardNurse() {
        return new ResumeContent(new PersonalInfo("Ada Byron", "ada@example.com", null, null, null, null),
                "Registered nurse on a surgical ward.",
                List.of(new ExperienceEntry("County Hospital", "Staff Nurse, Surgical Ward", "2021-01", null,
                        "- Post-operative care and wound management\n- Supported students on placement", null, null)),
                List.of(new EducationEntry("Open University", "BSc", "Nursing", "2017-09", "2020-07")),
                List.of("Patient care", "Wound care"),
                List.of(new CertificationEntry("NMC registration", "Nursing and Midwifery Council", "2020-09")),
                List.of());
    }

    static ResumeContent accountant() {
        return new ResumeContent(new PersonalInfo("Luca Pacioli", "luca@example.com", null, null, null, null),
                "Accountant with ten years in month-end close and audits.",
                List.of(new ExperienceEntry("Ledger & Co", "Senior Accountant", "2015-01", null,
                        "- Prepared monthly management accounts\n- Led the external audit", null, null)),
                List.of(new EducationEntry("LSE", "BSc", "Accounting", "2010-09", "2013-07")),
                List.of("Excel", "SAP FI"), List.of(), List.of());
    }

    private NurseFixtures() {
    }
}
