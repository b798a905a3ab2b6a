// Where an enrolment link points: the console's page, with the one-time token in the fragment
// (fragments are not sent to servers, so the token never lands in an access log).
export const invitePath = "/console/#invite=";
