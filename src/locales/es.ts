import type { LocalePack } from '../summary/register-locale.js';

// The library's own wording in Spanish, apart from the core so that a host that words everything in English does not
// bundle it. Same rules as the English tables: person-first, non-stigmatizing, never a diagnosis (the language guard
// test scans every string here). The ASAM dimension names are the project's translation, not ASAM's.

/**
 * The Spanish pack: every phrase the summary, its renderers and `formatIssue`
 * write, in Spanish. Register it once at start-up; a locale whose pack is not
 * registered is an issue (`locale-unavailable`), never English in its place.
 *
 * @example
 * ```ts
 * import { registerLocale, summarize } from 'intake-screening';
 * import { es } from 'intake-screening/locales/es';
 * import { briefScreen } from 'intake-screening/questionnaires';
 * registerLocale(es);
 * summarize(briefScreen, {}, { locale: 'es' }).locale; // 'es'
 * es.phrases.urgencyLabels.priority; // 'Prioritario'
 * ```
 */
export const es: LocalePack = {
  locale: 'es',
  phrases: {
    urgency: {
      emergency: 'Emergencia: las respuestas requieren atención inmediata, antes de que la persona se vaya o termine el contacto.',
      urgent: 'Urgente: las respuestas requieren contacto clínico hoy.',
      priority: 'Prioritario: las respuestas sugieren una cita de evaluación pronto, antes de la programación habitual.',
      routine: 'Habitual: ninguna respuesta aumentó la urgencia; programe una evaluación como de costumbre.',
    },
    urgencyLabels: {
      emergency: 'Emergencia',
      urgent: 'Urgente',
      priority: 'Prioritario',
      routine: 'Habitual',
    },
    urgencyPatient: {
      emergency:
        'Algunas de sus respuestas indican que nos gustaría hablar con usted de inmediato. Por favor, quédese con nosotros o avise ahora a un miembro del personal, para que alguien pueda ayudarle hoy.',
      urgent:
        'Nos gustaría que un miembro de nuestro equipo de atención hable con usted hoy sobre sus respuestas y los próximos pasos. Si está aquí con nosotros ahora, por favor quédese hasta que hayamos hablado.',
      priority: 'Un miembro de nuestro equipo de atención se comunicará con usted pronto para programar una conversación sobre su atención.',
      routine: 'Un miembro de nuestro equipo de atención revisará sus respuestas y se comunicará con usted para programar su próxima cita.',
    },
    referrals: {
      'crisis-services': 'Servicios de apoyo en crisis',
      'medical-detox-evaluation': 'Evaluación para el manejo del síndrome de abstinencia con supervisión médica',
      'medical-care': 'Atención médica para inquietudes de salud física',
      'moud-evaluation': 'Evaluación para medicamentos para el trastorno por consumo de opioides (como buprenorfina, metadona o naltrexona)',
      'mental-health-assessment': 'Evaluación de salud mental',
      'trauma-informed-care': 'Atención informada sobre el trauma',
      'eating-concerns-assessment': 'Evaluación de inquietudes sobre la alimentación',
      'harm-reduction-naloxone': 'Servicios de reducción de daños, incluidos naloxona y materiales estériles',
      'pain-management-coordination': 'Coordinación con la atención para el manejo del dolor',
      'grief-support': 'Apoyo en el duelo y la pérdida',
      'individual-therapy': 'Consejería individual',
      'group-therapy': 'Consejería de grupo',
      'family-therapy': 'Consejería familiar',
      'peer-support': 'Apoyo de pares en la recuperación',
      'housing-support': 'Apoyo con la vivienda',
      'transport-assistance': 'Ayuda con el transporte a las citas',
      'legal-support': 'Servicios de apoyo legal',
      'employment-support': 'Apoyo para el empleo',
      'alcohol-use-assessment': 'Evaluación adicional del consumo de alcohol',
      'prenatal-care-coordination': 'Atención prenatal coordinada con la atención del consumo de sustancias',
      'adolescent-services': 'Servicios para adolescentes sobre el consumo de sustancias y herramientas de detección hechas para adolescentes',
      'safety-support-services': 'Servicios de apoyo para la seguridad en el hogar (como la asesoría sobre violencia de pareja)',
      'financial-support': 'Ayuda con el dinero, los beneficios o el seguro médico',
      'child-welfare-coordination': 'Coordinación con los servicios de protección de menores o la corte de familia, con el consentimiento de la persona',
    },
    setting: {
      'no-home-support':
        'La persona informó que no hay nadie en su casa que pueda cuidar de ella en las primeras semanas del tratamiento; podría valer la pena considerar un entorno residencial.',
      'serious-mental-health-concerns':
        'Las respuestas sobre antecedentes o inquietudes actuales de salud mental podrían requerir más apoyo del que ofrece la atención ambulatoria; podría valer la pena considerar un entorno residencial.',
      'no-transport':
        'Ir a una clínica casi todos los días podría no ser posible; podría valer la pena considerar un entorno residencial o ayuda con el transporte.',
      'no-stable-housing':
        'La persona informó que no tiene un lugar donde vivir; podría valer la pena considerar un entorno residencial o una vivienda de apoyo para la recuperación, junto con ayuda para la vivienda.',
    },
    domains: {
      safety: 'Seguridad',
      'withdrawal-medical': 'Abstinencia y salud física',
      'substance-use': 'Consumo de sustancias',
      'co-occurring-screens': 'Salud emocional y conductual: resultados de detección',
      'co-occurring-history': 'Salud emocional y conductual: antecedentes informados',
      'co-occurring-concerns': 'Salud emocional y conductual: inquietudes actuales',
      motivations: 'Motivaciones',
      'readiness-preferences': 'Disposición y preferencias',
      'return-to-use-risk': 'Riesgo de volver a consumir',
      'recovery-environment': 'Entorno de recuperación',
      consequences: 'Consecuencias del consumo',
      'screening-scope': 'Alcance de esta evaluación de detección',
    },
    instrumentStatus: {
      complete: 'Completo',
      incomplete: 'Incompleto: no se respondieron todas las preguntas, por lo que no se informa una puntuación. No es una puntuación baja.',
      'not-applicable': 'No corresponde: por respuestas anteriores, estas preguntas no se hicieron.',
    },
    summary: {
      disclaimer:
        'Este es un resumen de detección basado en respuestas de la propia persona, no un diagnóstico. Los resultados de detección indican dónde podría ayudar una evaluación adicional por un profesional clínico calificado; no establecen ninguna afección.',
      disclaimerWithRatings:
        'Este resumen contiene calificaciones hechas por un profesional clínico y las respuestas que dio la persona, no un diagnóstico. Indican dónde podría ayudar una evaluación o atención adicional por un profesional clínico calificado; no establecen ninguna afección.',
      settingNote: 'Estas son consideraciones para el profesional clínico. Este resumen no decide el nivel de atención.',
      screenedPositive:
        'Dio positivo en la evaluación de detección con el {name}; se recomienda una evaluación adicional por un profesional clínico calificado.',
      screenedPositiveFor:
        'Dio positivo en la evaluación de detección de síntomas de {name}; se recomienda una evaluación adicional por un profesional clínico calificado.',
      belowCutoff:
        'Por debajo del punto de corte de detección. Una evaluación de detección puede pasar por alto inquietudes; el criterio clínico sigue siendo necesario.',
      noCutoff: 'Esta puntuación no tiene punto de corte de detección; léala junto con su categoría.',
      cutoffAtLeast: '≥ {value}',
      yes: 'Sí',
      no: 'No',
      declined: 'Prefiero no responder',
      notAnswered: 'Sin respuesta',
      noneSelected: 'Ninguna opción seleccionada',
      answerChanged:
        'Se identificó durante el cuestionario; las respuestas finales ya no la cumplen (se cambió una respuesta o una respuesta posterior cambió el resultado).',
      notAsked: 'La respuesta se dio a una pregunta que la lógica del formulario no habría hecho.',
      defaultCrisisResources:
        'Si está en peligro ahora, llame al número local de emergencias o vaya al servicio de urgencias más cercano. Por favor, avise ahora a un miembro del personal para que alguien pueda acompañarle.',
    },
    clinician: {
      title: 'Resumen de derivación: {title}',
      version: 'Cuestionario {id}, versión {version}',
      urgency: 'Urgencia',
      reasons: 'Motivos',
      noReasons: 'Ninguna respuesta aumentó la urgencia.',
      safety: 'Alertas de seguridad',
      noSafety: 'Sin alertas de seguridad.',
      tier: 'Nivel: {tier}',
      tierInterrupt: 'interrupción',
      tierFlag: 'alerta',
      instruments: 'Resultados de detección',
      noInstruments: 'No hay instrumentos de detección con puntuación.',
      score: 'Puntuación {value} (rango {min}–{max})',
      band: 'Categoría: {band}',
      cutoff: 'Punto de corte: {cutoff}',
      positive: 'En el punto de corte o por encima',
      negative: 'Por debajo del punto de corte',
      missing: 'Preguntas sin respuesta: {items}',
      source: 'Fuente: {citation}',
      licence: 'Licencia: {licence}',
      findings: 'Hallazgos',
      noFindings: 'Sin hallazgos.',
      planning: 'Para la planificación: {text}',
      evidence: 'Evidencia',
      setting: 'Consideraciones sobre el entorno de atención',
      noSetting: 'No se identificaron indicadores residenciales.',
      referrals: 'Derivaciones sugeridas',
      noReferrals: 'No se sugieren derivaciones.',
      raisedBy: 'Originado por: {ids}',
      unanswered: 'Sin respuesta',
      declined: 'Prefirió no responder',
      allAnswers: 'Todas las respuestas',
      freeText: 'En sus palabras',
      notAskedMark: 'la lógica del formulario no la hizo',
      crisisResources: 'Recursos de crisis mostrados a la persona',
      disclaimer: 'Acerca de este resumen',
      chart: 'Puntuaciones en sus escalas (barra: puntuación; tonos: categorías; línea discontinua: punto de corte)',
      seeFlag: 'alerta de seguridad {id} (más abajo)',
      appendix: 'Anexo: respuestas y fuentes',
      sources: 'Fuentes',
      resultsHead: 'Instrumento|Puntuación (rango)|Categoría|Punto de corte|Respuestas',
      cutoffMet: '{cutoff} (alcanzado)',
      cutoffNotMet: '{cutoff} (no alcanzado)',
      answersHead: 'Ref.|Pregunta|Respuesta|Ítem',
      chartBar: '{name}: {score} de {min} a {max}, {band}.',
      chartCutoff: 'Punto de corte {cutoff}: {side}.',
    },
    patient: {
      title: 'Sus respuestas: {title}',
      thanks: 'Gracias por responder estas preguntas. Sus respuestas ayudan a su equipo de atención a planificar el apoyo adecuado para usted.',
      crisis: 'Si necesita ayuda ahora',
      topics: 'Temas de los que nos habló',
      next: 'Qué sigue',
      referrals: 'Es posible que su equipo de atención hable con usted sobre',
      skipped: 'Dejó algunas preguntas sin responder o prefirió no responderlas. No hay problema; puede hablar de ellas con su equipo de atención si lo desea.',
      about: 'Acerca de este resumen',
      disclaimer:
        'Este resumen ayuda a su equipo de atención a planificar su atención. No es un diagnóstico; un profesional clínico hablará con usted sobre lo que significan sus respuestas.',
    },
    asam: {
      heading: 'Dimensiones de ASAM con información (se nombran, no se califican)',
      note: 'Sobre qué dimensiones de los criterios de ASAM dan información estas respuestas, según la cuarta edición (2023) con la tercera (2013) al lado. Este resumen no califica ninguna dimensión ni indica un nivel de atención.',
      dimension: 'Dimensión {fourthNumber}: {fourth} (tercera edición, dimensión {thirdNumber}: {third})',
      findings: 'Hallazgos: {ids}',
      setting: 'Consideraciones sobre el entorno de atención originadas por: {ids}',
      referrals: 'Derivaciones: {items}',
      empty: 'Vacía: ningún hallazgo, consideración sobre el entorno ni derivación a partir de estas respuestas.',
    },
    referralsPatient: {
      'crisis-services': 'Alguien con quien hablar de inmediato si está pasando por una crisis',
      'medical-detox-evaluation': 'Una revisión médica para dejar o reducir el consumo sin riesgos, con atención si se siente mal',
      'medical-care': 'Atención para su salud física',
      'moud-evaluation': 'Medicinas que calman las ganas de consumir y le ayudan a dejar o reducir los opioides',
      'mental-health-assessment': 'Una charla con un profesional de salud mental sobre cómo se siente',
      'trauma-informed-care': 'Atención que tiene en cuenta las cosas difíciles que ha vivido',
      'eating-concerns-assessment': 'Una charla sobre la comida y cómo se siente con ella',
      'harm-reduction-naloxone': 'Naloxona, una medicina que puede detener una sobredosis, y materiales limpios para cuidarse',
      'pain-management-coordination': 'Ayuda con su dolor, planeada con sus médicos',
      'grief-support': 'Apoyo para el duelo y la pérdida',
      'individual-therapy': 'Hablar a solas con un consejero',
      'group-therapy': 'Hablar en grupo con un consejero y otras personas',
      'family-therapy': 'Reuniones con su familia, si usted quiere',
      'peer-support': 'Apoyo de personas que han pasado por lo mismo que usted',
      'housing-support': 'Ayuda para encontrar un lugar seguro donde vivir',
      'transport-assistance': 'Ayuda para llegar a sus citas',
      'legal-support': 'Ayuda con la corte u otros asuntos legales',
      'employment-support': 'Ayuda con el trabajo o para buscar empleo',
      'alcohol-use-assessment': 'Una charla más larga sobre lo que usted bebe',
      'prenatal-care-coordination': 'Atención para su embarazo, planeada junto con el resto de su atención',
      'adolescent-services': 'Servicios hechos para jóvenes',
      'safety-support-services': 'Ayuda privada si se siente en peligro en su casa',
      'financial-support': 'Ayuda con el dinero, los beneficios o el seguro médico',
      'child-welfare-coordination': 'Ayuda para tratar con los servicios de protección de menores o la corte de familia, si usted está de acuerdo',
    },
    domainsPatient: {
      safety: 'Mantenerse a salvo',
      'withdrawal-medical': 'Su salud física y cómo se siente su cuerpo cuando reduce o deja el consumo',
      'substance-use': 'El alcohol o las drogas que consume y cómo los consume',
      'co-occurring-screens': 'Cómo se ha sentido últimamente',
      'co-occurring-history': 'Su salud mental en el pasado',
      'co-occurring-concerns': 'Otras cosas que le preocupan sobre cómo se siente',
      motivations: 'Por qué empezó a consumir y qué le hace seguir consumiendo ahora',
      'readiness-preferences': 'Lo que espera de su atención',
      'return-to-use-risk': 'Cosas que pueden hacer más difícil reducir o dejar el consumo',
      'recovery-environment': 'Su hogar y las personas que le rodean',
      consequences: 'Cómo el consumo de alcohol o drogas ha afectado su vida',
      'screening-scope': 'Qué preguntas son adecuadas para su edad',
    },
    settingPatient: {
      'no-home-support': 'Quién puede ayudarle en casa cuando empiece su atención',
      'serious-mental-health-concerns': 'Cuánto apoyo puede necesitar cuando empiece su atención',
      'no-transport': 'Cómo puede llegar a sus citas',
      'no-stable-housing': 'Encontrar un lugar donde vivir',
    },
    asamDimensions: {
      'intoxication-withdrawal': {
        third: {
          name: 'Intoxicación aguda y/o potencial de síndrome de abstinencia',
        },
        fourth: {
          name: 'Intoxicación, síndrome de abstinencia y medicamentos para la adicción',
        },
      },
      biomedical: {
        third: {
          name: 'Afecciones y complicaciones biomédicas',
        },
        fourth: {
          name: 'Afecciones biomédicas',
        },
      },
      'psychiatric-cognitive': {
        third: {
          name: 'Afecciones y complicaciones emocionales, conductuales o cognitivas',
        },
        fourth: {
          name: 'Afecciones psiquiátricas y cognitivas',
        },
      },
      'use-related-risks': {
        third: {
          name: 'Potencial de recaída, de consumo continuado o de problemas continuados',
        },
        fourth: {
          name: 'Riesgos relacionados con el consumo de sustancias',
        },
      },
      'recovery-environment': {
        third: {
          name: 'Entorno de recuperación y de vida',
        },
        fourth: {
          name: 'Interacciones con el entorno de recuperación',
        },
      },
      'readiness-person-centered': {
        third: {
          name: 'Disposición al cambio',
        },
        fourth: {
          name: 'Consideraciones centradas en la persona',
        },
      },
    },
    issueMessages: {
      required: 'Por favor, responda esta pregunta.',
      requiredDecline: 'Por favor, responda esta pregunta o elija "Prefiero no responder".',
      number: 'Escriba un número usando solo dígitos.',
      numberRange: 'Escriba un número del {min} al {max}.',
      numberMin: 'Escriba un número igual o mayor que {min}.',
      numberMax: 'Escriba un número igual o menor que {max}.',
      wholeNumber: 'Escriba un número entero.',
      wholeNumberRange: 'Escriba un número entero del {min} al {max}.',
      wholeNumberMin: 'Escriba un número entero igual o mayor que {min}.',
      wholeNumberMax: 'Escriba un número entero igual o menor que {max}.',
      date: 'Escriba una fecha completa: día, mes y año.',
      dateRange: 'Escriba una fecha entre el {min} y el {max}.',
      dateMin: 'Escriba una fecha a partir del {min}.',
      dateMax: 'Escriba una fecha hasta el {max}.',
      tooLong: 'Use como máximo {max} caracteres.',
      text: 'Escriba su respuesta.',
      yesNo: 'Responda sí o no.',
      chooseOne: 'Elija una de las opciones.',
      chooseFrom: 'Elija entre las opciones que se muestran.',
      tooMany: 'Elija como máximo {max} opciones.',
      repeated: 'Elija cada opción solo una vez.',
      exclusive: 'Esa opción no se puede combinar con otras.',
      declineNotOffered: 'Esta pregunta no tiene la opción "Prefiero no responder". Por favor, elija una respuesta.',
      noAnswer: 'Esta parte no lleva respuesta.',
      hidden: 'Esta pregunta no corresponde según sus respuestas anteriores.',
      notHere: 'Esta pregunta no está en esta página.',
      droppedHidden: 'Una respuesta anterior ya no corresponde y se quitó.',
      droppedInvalid: 'Una respuesta anterior no se pudo conservar y se quitó.',
      snapshot: 'No se pudieron recuperar sus respuestas guardadas.',
      step: 'Ese paso no está disponible ahora.',
      definition: 'Este formulario tiene un problema. Por favor, avise a la clínica.',
      privacyLabels: 'Estas respuestas llegaron sin sus etiquetas de privacidad. Por favor, avise a la clínica.',
      summaryMismatch: 'No se pudieron agregar sus respuestas a su expediente. Por favor, avise a la clínica.',
      other: 'No se pudo guardar esta respuesta. Por favor, inténtelo de nuevo.',
    },
  },
};
