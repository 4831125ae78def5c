// The exit questionnaire's items, scored from 1 (very dissatisfied) to 5 (very satisfied), by the
// field that holds each; shared by the form and the server, so kept free of server code.
export const EXIT_VRAGEN = {
  tevredenheid: "Hoe tevreden bent u over het Toptraject als geheel?",
  samenwerking: "Hoe tevreden bent u over de samenwerking met het Topteam?",
  bruikbaarheid: "Hoe bruikbaar zijn de adviezen voor thuis en op school?",
  resultaat: "Hoe tevreden bent u over wat het Toptraject de leerling heeft opgeleverd?",
} as const;
